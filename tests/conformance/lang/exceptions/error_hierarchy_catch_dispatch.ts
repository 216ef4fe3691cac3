// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: custom Error hierarchy with extra fields, instanceof dispatch in catch, rethrow of unknown kinds
class AppError extends Error {
  constructor(message: string, public code: number) {
    super(message);
    this.name = "AppError";
  }
}
class NotFound extends AppError {
  constructor(public what: string) {
    super(`${what} not found`, 404);
    this.name = "NotFound";
  }
}
class Forbidden extends AppError {
  constructor(public user: string) {
    super(`${user} may not`, 403);
    this.name = "Forbidden";
  }
}
class Fatal extends Error {
  constructor(msg: string) {
    super(msg);
    this.name = "Fatal";
  }
}
function act(n: number): string {
  switch (n) {
    case 0: return "fine";
    case 1: throw new NotFound("page");
    case 2: throw new Forbidden("eve");
    case 3: throw new AppError("generic", 500);
    case 4: throw new Fatal("boom");
    case 5: throw new TypeError("bad type");
    case 6: throw "plain string";
    default: throw 42;
  }
}
function handle(n: number): string {
  try {
    return act(n);
  } catch (e) {
    if (e instanceof NotFound) return `NF ${e.code} ${e.what} ${e.name}: ${e.message}`;
    if (e instanceof Forbidden) return `FB ${e.code} ${e.user} ${e instanceof AppError}`;
    if (e instanceof AppError) return `APP ${e.code} ${e.message} ${e instanceof NotFound}`;
    if (e instanceof TypeError) return `TE ${e.name} ${e.message}`;
    throw e;
  }
}
for (let n = 0; n < 8; n++) {
  try {
    console.log(n, handle(n));
  } catch (e) {
    if (e instanceof Error) console.log(n, "outer", e.name, e.message, e instanceof Fatal, String(e));
    else console.log(n, "outer non-error", typeof e, String(e));
  }
}
const errs: Error[] = [new NotFound("x"), new Forbidden("y"), new Fatal("z"), new RangeError("r")];
console.log(errs.map((e) => e.name + "|" + e.message).join("; "));
console.log(errs.map((e) => String(e)).join("; "));
