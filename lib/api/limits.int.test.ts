// The password-guess limits, counted in PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { disconnectDb } from "@/lib/db/client";
import { checkPasswordGuess, countWrongPassword } from "./limits";

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );
afterAll(() => disconnectDb());

const account = () => `user${Math.random()}`;

describe("password guesses", () => {
  it("refuses an address after 5 wrong passwords for one account, and only for that account", async () => {
    const alice = account();
    for (let i = 0; i < 5; i++) {
      await checkPasswordGuess("203.0.113.1", alice);
      await countWrongPassword("203.0.113.1", alice);
    }
    const refused = await refusal(checkPasswordGuess("203.0.113.1", alice));
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
    await expect(checkPasswordGuess("203.0.113.1", account())).resolves.toBeUndefined();
    await expect(checkPasswordGuess("203.0.113.2", alice)).resolves.toBeUndefined();
  });

  it("once an account has 20 wrong passwords, refuses every address that failed on it and lets a fresh one try", async () => {
    const bob = account();
    for (let a = 0; a < 20; a++) await countWrongPassword(`198.51.100.${a}`, bob);
    await expect(checkPasswordGuess("198.51.100.0", bob)).rejects.toThrow(/Too many wrong passwords/);
    await expect(checkPasswordGuess("198.51.100.99", bob)).resolves.toBeUndefined();
  });

  it("leaves an address that failed once alone while the account is not under attack", async () => {
    const carol = account();
    await countWrongPassword("192.0.2.1", carol);
    await expect(checkPasswordGuess("192.0.2.1", carol)).resolves.toBeUndefined();
  });
});
