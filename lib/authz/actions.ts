// Every permission the platform knows, in one list. Add a new feature's actions here and give each
// a rule in policy-rules.ts (TypeScript refuses a missing rule). Names are "<object>.<verb>".
export const ACTIONS = [
  // own account (allowed even while 2FA enrolment is pending or the firm is pending)
  "profile.view",
  "profile.update",
  // own start page (/start): what needs the user now; before 2FA enrolment it says to enrol
  "start.view",
  // own notifications (the bell, the list, mark read); settings are part of the profile
  "notification.view",
  // firms
  "firm.view", // one firm's profile (own firm, a verified firm, or a firm in staff scope)
  "firm.directory.view", // search the directory of verified firms
  "firm.update", // profile, capabilities, equipment, certifications
  "firm.members.manage", // invite / remove firm members
  "firm.verify", // staff decision on a pending firm
  "firm.suspend",
  // who is free when (lib/capacity, issue 21)
  "capacity.declare", // the firm's own admins and members declare its free capacity per week
  "capacity.overview", // staff: heat map of their members' declared free capacity
  "capacity.token.manage", // the firm's admin creates and revokes API tokens for the capacity endpoint
  // a firm that goes down is replaced (lib/outages, issue 21 item 5)
  "outage.declare", // the firm's admin, or staff for it (its association's; federation any), declares, edits or ends an outage
  "outage.list", // staff: firms down and the groups they leave short
  "substitution.propose", // the lead firm's admin (or staff for the group) asks a substitute to take a down member's steps
  "substitution.answer", // the substitute firm's admin accepts or declines
  // buyers and jobs
  "buyerOrg.view",
  "buyerOrg.update",
  "job.view",
  "job.create",
  "job.update", // edit, publish, cancel, close own jobs
  "job.review", // staff review of a buyer's first job
  "job.handRaise", // a firm raises its hand for a job
  "job.ask", // a firm asks the buyer a question
  "job.answer", // the buyer answers questions
  // drawings of a job (confidential jobs: behind the agreement, lib/drawings)
  "drawing.view", // view or download a job's drawings (stamped with the reader unless the buyer)
  "drawing.accept", // a firm admin accepts a confidential job's agreement for the firm
  "drawing.manage", // the buyer withdraws a firm's access, deletes a drawing early
  "drawing.log.view", // who looked at a job's drawings: its buyer; staff when a leak is reported
  // matching
  "match.view",
  "match.run",
  // joint-order groups
  "group.view",
  "group.propose",
  "group.compose", // the buyer, or a firm as its lead, composes a group for a job by hand
  "group.update", // the lead firm or staff edit members, shares, assignments
  "group.respond", // a member firm accepts or declines its invitation
  "group.approve", // association staff of a member firm, or federation staff
  "group.award", // the buyer awards its job to the group
  "group.resubmit", // the buyer (or staff for the buyer) proposes a sent-back group again
  "group.cancel", // the buyer or staff cancel a group before the order
  "group.standing.form", // a member firm of a delivered group proposes to stay together as a standing group
  // quotes (見積): members price their own steps, the lead firm sends the group's offer, the buyer compares and decides
  "quote.view", // see a group's prices: its members (shop-floor members only when their firm allows), the job's buyer, staff in scope
  "quote.price", // a member firm prices the steps it is assigned
  "offer.send", // the lead firm sets its fee and transport and sends the group's offer
  "offer.compare", // the buyer compares the offers on its job (staff in scope too)
  "offer.decide", // the buyer asks for a revision (再見積) or declines an offer
  "progress.view",
  "progress.report",
  "quality.report",
  // non-conformances (lib/quality): raised by a member or the buyer, worked to closure through
  // lib/quality/nc-lifecycle.ts, whose table says which party makes each move
  "inspection.plan", // the buyer or the lead firm lists what to check after each step and at delivery
  "inspection.record", // a member (receiving firm / quality owner) or the buyer enters measured values of a lot
  "scorecard.list", // staff list their members' scorecards (lib/quality/member-scorecards.ts)
  "scorecard.view", // a firm's monthly quality scorecard in full: the firm itself, staff in scope (others see the grade)
  "nc.raise",
  "nc.work", // contain, find the cause, correct, verify, withdraw; returned parts
  "nc.assign", // the lead firm's admin names the responsible member and the cost split
  "nc.acknowledge", // a member firm's admin acknowledges its part of the cost
  "order.view",
  "order.rate",
  "buyer.rate", // a member firm's admin rates the buyer once the order is accepted (lib/ratings)
  // the contractor and the documents of an order (lib/orders, issue 19)
  "contractor.nominate", // the lead firm (or staff for the group) names the contracting cooperative under 共同受注
  "contractor.decide", // the nominated association's own staff accept or decline the role
  "cooperative.manage", // an association's own staff set its fee rate and registration number
  "order.documents.view", // the documents of an order: each party its own (the data layer filters)
  "order.documents.issue", // the contractor revises a sub-order; a member or the contractor issues its invoice
  "payment.record", // the payer marks an invoice paid, the payee confirms receipt
  "certificate.issue", // a member firm's admin issues a 受注証明書 for its bank
  "certificate.list", // staff list the certificates issued in their scope
  "message.send",
  // inquiries to a firm from its page (問い合わせ): a thread between the firm and the sender's organisation
  "inquiry.send", // start a thread with a verified firm (not one's own)
  "inquiry.view", // the inbox and the threads one's organisation is a party to
  "inquiry.reply", // write in such a thread
  // staff work
  "kpi.view",
  "kpi.targets.manage",
  "event.manage",
  "agreement.template.manage",
  // administration
  "association.manage",
  "staff.manage", // create / disable association and federation staff accounts
  "user.manage", // every user account (system admin)
  "settings.manage",
  "audit.view",
] as const;

export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
