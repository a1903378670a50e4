import { startTransition, type FormEvent } from "react";

/**
 * onSubmit for a form whose values live in React state. Such forms must not use `<form action>`:
 * React resets a form after its action, and the reset puts every `<select>` back to the option the
 * server rendered as selected (the placeholder for rows added since the page loaded), so a failed
 * save showed those rows' dropdowns empty although their values were kept in state.
 */
export function submitWithoutReset(send: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(send);
  };
}
