/**
 * The insurer of deck 003's service strategy by segment: its four sales
 * channels with each one's share of profit as the deck prints them (they add
 * to 85%; the rest is not shown), and for each channel a rating of the six
 * service attributes — importance to the channel's customers, our
 * performance, the main competitor's — on 1 (poor) to 5 (good).
 *
 * The shares are the deck's. The ratings are the course's own: the deck's
 * figure with the marks is lost in the text we have, so these are
 * illustrative, chosen so that each channel tells a different story (and
 * every one has something to move money from and to).
 */
import { INSURER_SERVICE_ATTRIBUTES, type InsurerServiceAttribute } from '$core';

export const CHANNELS = ['brokers', 'service-centres', 'branches', 'e-commerce'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Share of the insurer's profit through each channel, as printed (step 1, market composition). */
export const PROFIT_SHARE: Readonly<Record<Channel, number>> = {
  brokers: 0.15,
  'service-centres': 0.3,
  branches: 0.1,
  'e-commerce': 0.3,
};

export interface Ratings {
  /** One value per attribute, in INSURER_SERVICE_ATTRIBUTES order. */
  importance: number[];
  performance: number[];
  competitor: number[];
}

export const ATTRIBUTES: readonly InsurerServiceAttribute[] = INSURER_SERVICE_ATTRIBUTES;

//                        speed price resp. info hours claims
export const SURVEY: Readonly<Record<Channel, Ratings>> = {
  // Professionals who place their clients' policies: quick quotes and answers matter, our long opening hours do not.
  brokers: {
    importance: [5, 3.5, 5, 4.5, 1.5, 4],
    performance: [3.5, 4, 3, 4, 4.5, 4],
    competitor: [4.5, 3.5, 4, 3.5, 3, 4],
  },
  // Walk-in and phone centres: hours and claims matter most; we polish information nobody asked for.
  'service-centres': {
    importance: [4, 3, 4, 3, 4.5, 5],
    performance: [4, 4, 4.5, 4.5, 3, 3.5],
    competitor: [3.5, 3.5, 4, 3, 4, 4.5],
  },
  // Face-to-face advice: the quality of what the adviser explains is what counts.
  branches: {
    importance: [2.5, 2.5, 4, 5, 3, 4.5],
    performance: [4, 3.5, 4, 3.5, 3, 4],
    competitor: [3, 3, 3.5, 4.5, 3.5, 4],
  },
  // Online buyers: price and speed first; a round-the-clock helpline they rarely call.
  'e-commerce': {
    importance: [4.5, 5, 3, 4, 2, 3.5],
    performance: [3, 3.5, 4.5, 4, 5, 3.5],
    competitor: [4.5, 4.5, 3, 3.5, 5, 3.5],
  },
};

/** A, B, … F: the letters the deck's figure uses for the six attributes. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
