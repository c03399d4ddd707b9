/**
 * One term's posting list: the records (by slot) that contain it and a
 * number for each (the saturated term frequency of a word, the raw count of a
 * bigram), in typed arrays that grow by doubling. Ranking walks tens of
 * thousands of entries per need, so the layout is what makes bulk matching
 * fast: no boxing, and the record's side is worked out once, when it is added.
 */
export type Posting = {
  /** Entries in use; the arrays may be longer. */
  length: number;
  slots: Int32Array;
  values: Float64Array;
};

const INITIAL_CAPACITY = 4;

export const createPosting = (): Posting => ({ length: 0, slots: new Int32Array(INITIAL_CAPACITY), values: new Float64Array(INITIAL_CAPACITY) });

export const appendPosting = (posting: Posting, slot: number, value: number): void => {
  if (posting.length === posting.slots.length) {
    const slots = new Int32Array(posting.length * 2);
    slots.set(posting.slots);
    const values = new Float64Array(posting.length * 2);
    values.set(posting.values);
    posting.slots = slots;
    posting.values = values;
  }
  posting.slots[posting.length] = slot;
  posting.values[posting.length] = value;
  posting.length++;
};

/** Removes a slot's entry, keeping the others in order; false when it was not there. */
export const removeFromPosting = (posting: Posting, slot: number): boolean => {
  const at = posting.slots.subarray(0, posting.length).indexOf(slot);
  if (at < 0) return false;
  posting.slots.copyWithin(at, at + 1, posting.length);
  posting.values.copyWithin(at, at + 1, posting.length);
  posting.length--;
  return true;
};
