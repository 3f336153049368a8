import { type Text, text } from "../message.js";
import type { Reputation } from "../trust/types.js";

interface Named {
  displayName: string;
  verified: boolean;
}

/**
 * A person's name as others see it: followed by the "✓ verified" badge when they proved an
 * e-mail address or their phone number (nothing else about the proof is ever shown to others),
 * then, where the reputation was read (core/trust/queries.ts `reputationsOf`), their level and trust
 * temperature: "민지 ✓ · Lv.3 · 37.2°".
 */
export function nameWithBadge(person: Named & { reputation: Reputation }): Text;
export function nameWithBadge(person: Named & { reputation?: Reputation }): string | Text;
export function nameWithBadge(person: Named & { reputation?: Reputation }): string | Text {
  const name = person.verified
    ? text("name-with-badge", { name: person.displayName, badge: text("verified-badge") })
    : person.displayName;
  if (!person.reputation) return name;
  return text("name-with-reputation", { name, ...person.reputation });
}

/** The same reputation in a notification, whose parameters are flat: "Lv.3 · 37.2°". */
export function reputationLabel({ level, temperature }: Reputation): string {
  return `Lv.${level} · ${temperature.toFixed(1)}°`;
}
