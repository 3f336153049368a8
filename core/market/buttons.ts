import { actions } from "../actions/table.js";

// The buttons market notifications carry, each acting on the item the notice is about.

export function itemButton(itemId: string) {
  return [[{ label: { key: "button-view-item" }, action: actions.item({ itemId }) }]];
}

export function rateButton(itemId: string) {
  return [[{ label: { key: "button-rate" }, action: actions.rate({ itemId }) }]];
}

export function renewButton(itemId: string) {
  return [[{ label: { key: "button-renew" }, action: actions.itemRenew({ itemId }) }]];
}
