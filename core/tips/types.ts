import type { ItemCategory } from "../market/types.js";
import type { PhotoRef } from "../photo.js";

export interface TipView {
  id: string;
  product: string;
  category: ItemCategory;
  rating: number;
  body: string;
  photo: PhotoRef | undefined;
  helpful: number;
  author: string;
  createdAt: Date;
}
