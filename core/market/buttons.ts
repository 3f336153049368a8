import { commandAction, shortId } from "../actions.js";

// The buttons market notifications carry, each acting on the item the notice is about.

export function itemButton(itemId: string) {
  return [[{ label: { key: "button-view-item" }, action: commandAction("item", { i: shortId(itemId) }) }]];
}

export function rateButton(itemId: string) {
  return [[{ label: { key: "button-rate" }, action: commandAction("rate", { i: shortId(itemId) }) }]];
}

export function renewButton(itemId: string) {
  return [[{ label: { key: "button-renew" }, action: commandAction("item_renew", { i: shortId(itemId) }) }]];
}
