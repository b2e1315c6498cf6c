declare module 'virtual:cvm-data/cdnow' {
  export const meta: { customers: number; transactions: number; firstDate: string; lastDate: string };
  /** Cents per customer, encoded by encodeSpend. */
  export const spend: string;
}
