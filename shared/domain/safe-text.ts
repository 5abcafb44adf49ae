/**
 * Ids and names that are safe to keep: an id is never a name JavaScript objects already carry
 * (`__proto__`, `constructor`, ...; a stored map keyed by it would answer with Object's own
 * members), and a name is well-formed Unicode (a lone surrogate cannot be written to a file or
 * shown reliably). Issue 9.
 */
import { z } from 'zod';

const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__']);

export const isReservedName = (value: string): boolean => RESERVED.has(value);

/** False when the text holds a lone UTF-16 surrogate. Linear: one pass, no regular expression. */
export function isWellFormed(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** The id of a stored thing (connection, key pair) as requests name it. */
export const RecordId = (max = 200) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => !isReservedName(v), 'This id is a reserved name.');

/** A name the user gives or a file brings. */
export const NameText = (max: number) =>
  z.string().min(1).max(max).refine(isWellFormed, 'The name holds characters that are not valid text.');
