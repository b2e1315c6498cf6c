declare module 'virtual:cvm-data/cdnow' {
  export const meta: { customers: number; transactions: number; firstDate: string; lastDate: string };
  /** Cents per customer, encoded by encodeSpend. */
  export const spend: string;
}

declare module 'virtual:cvm-data/cdnow-log' {
  /** The CDNOW master file as text: customer id, date YYYYMMDD, CDs, dollars; one space between fields, one header line. */
  const text: string;
  export default text;
}

declare module 'virtual:cvm-data/cdnow-sample-log' {
  /** The CDNOW 1-in-10 sample as text: master id, sample id, date YYYYMMDD, CDs, dollars; no header. */
  const text: string;
  export default text;
}
