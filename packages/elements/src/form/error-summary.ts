// The error summary shown at the top of a form after a failed submit (GOV.UK's pattern): focused,
// announced, one link per error in field order; each link focuses its field.
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '@qoldau/core';

/**
 * Focuses a field of `root` by name and scrolls its label (or its group's legend) into view. A
 * `#id` link cannot reach into a shadow root and would change the page's hash, hence code.
 */
export function focusField(root: ParentNode, name: string): void {
  const field = root.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  if (!field) return;
  const label = field.closest('fieldset')?.querySelector('legend') ?? root.querySelector(`label[for="${field.id}"]`);
  (label ?? field).scrollIntoView?.({ block: 'center' });
  field.focus({ preventScroll: true });
}

/** The summary box (`part="error-summary"`); `message(error)` is the same sentence as the inline one. */
export function errorSummary(
  root: () => ParentNode,
  errors: readonly FieldError[],
  title: string,
  message: (error: FieldError) => string,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, field: string) => {
    event.preventDefault();
    focusField(root(), field);
  };
  // tabindex=-1 only while focused (govuk setFocus); role=alert on an inner node, not the focused box.
  return html`<div
    part="error-summary"
    class="summary"
    tabindex="-1"
    aria-labelledby="summary-title"
    @blur=${(event: FocusEvent) => (event.currentTarget as HTMLElement).removeAttribute('tabindex')}
  >
    <div role="alert">
      <h3 id="summary-title" class="summary-title">${title}</h3>
      <ul>
        ${errors.map(
          (error) =>
            html`<li>
              <a href="#f-${error.field}" @click=${(event: Event) => follow(event, error.field)}>${message(error)}</a>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
