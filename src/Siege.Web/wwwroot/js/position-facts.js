// What the viewer says about one position at one hour: shared by the map's tooltip, its screen-reader labels and the
// position panel.

import { t, nameOf, otherNameOf, formatNumber, localText } from './i18n.js';

/** Who holds a position; `end` (run-end.js) when the defender held it until the garrison ceased resistance. */
export function holderText(holder, end = null) {
  if (end) return t('holder.surrendered');
  return t(holder === 'A' ? 'holder.attacker' : 'holder.defender');
}

function garrisonText(frame, i, end) {
  return end ? t('position.garrisonCaptured', { men: formatNumber(end.captured) }) : formatNumber(frame.garrisons[i]);
}

/** One line for a screen reader: the name, who holds it and how many men are there. */
export function describePosition(position, frame, i, end = null) {
  if (end) return t('position.ariaLabelSurrendered', { name: nameOf(position), captured: formatNumber(end.captured) });
  return t('position.ariaLabel', {
    name: nameOf(position),
    holder: holderText(frame.holders[i], end),
    garrison: garrisonText(frame, i, end),
    attackers: formatNumber(frame.attackers[i]),
  });
}

/**
 * The facts as [label, value] pairs, in the order the tooltip and the panel show them; a value from the scenario's
 * prose adds its language, since it may be the other one when the scenario gives none in this. `end` is the
 * position's state after a cease-fire (run-end.js), or null.
 */
export function positionFacts(position, frame, i, end = null) {
  const facts = [
    [t('position.holder'), holderText(frame.holders[i], end)],
    [t('position.garrison'), garrisonText(frame, i, end)],
    [t('position.attackers'), formatNumber(frame.attackers[i])],
    [t('position.fortification'), t(`fortification.${position.fortification}`)],
    [t('position.terrain'), t(`terrain.${position.terrain}`)],
    [t('position.tier'), t(`tier.${position.tier}`)],
  ];
  if (position.key) facts.push([t('position.key'), t('position.keyYes')]);
  const role = localText(position.role, position.roleZh);
  if (role) facts.push([t('position.role'), role.text, role.lang]);
  return facts;
}

/** Both names: the current language's first. */
export function bothNames(position) {
  return { primary: nameOf(position), secondary: otherNameOf(position) };
}

/** How often the position changed hands up to the hour, from the trace's holders. */
export function changesUpTo(index, i, hour) {
  let changes = 0;
  for (let h = 1; h <= hour; h++) {
    if (index.trace.hours[h].holders[i] !== index.trace.hours[h - 1].holders[i]) changes++;
  }
  return changes;
}
