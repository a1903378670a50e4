import type { ComponentProps, ElementType, ReactNode } from "react";
import { cx } from "./cx";

interface CardProps {
  as?: ElementType;
  className?: string;
  children: ReactNode;
}

export function Card({ as: Tag = "section", className, children, ...rest }: CardProps & Omit<ComponentProps<"section">, "children">) {
  return (
    <Tag className={cx("rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6", className)} {...rest}>
      {children}
    </Tag>
  );
}
