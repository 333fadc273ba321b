/**
 * The form's main button. While the work runs it says so and ignores further presses,
 * but stays focusable (aria-disabled, not disabled) so a screen reader does not lose it.
 */
export function SubmitButton({
  working,
  label,
  workingLabel,
}: {
  working: boolean;
  label: string;
  workingLabel: string;
}) {
  return (
    <button
      type="submit"
      class="button button--primary"
      aria-disabled={working ? 'true' : undefined}
      onClick={(e) => {
        if (working) e.preventDefault();
      }}
    >
      {working ? workingLabel : label}
    </button>
  );
}
