import { type Text, text } from "../message.js";

/**
 * A person's name as others see it: followed by the "✓ verified" badge when they proved an
 * e-mail address or their phone number. Nothing else about the proof is ever shown to others.
 */
export function nameWithBadge(person: { displayName: string; verified: boolean }): string | Text {
  return person.verified
    ? text("name-with-badge", { name: person.displayName, badge: text("verified-badge") })
    : person.displayName;
}
