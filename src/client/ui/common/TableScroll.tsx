import type { ComponentChildren } from 'preact';

/**
 * A wide table that may scroll sideways on a small screen: a focusable, named region, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({
  label,
  children,
  id,
  hidden,
}: {
  label: string;
  children: ComponentChildren;
  id?: string;
  hidden?: boolean;
}) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label} id={id} hidden={hidden}>
      {children}
    </div>
  );
}
