// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: a hierarchy of Error subclasses with extra fields, caught and dispatched by instanceof
class AppError extends Error {
  constructor(message: string, public code: number) {
    super(message);
    this.name = "AppError";
  }
}
class NotFound extends AppError {
  constructor(public what: string) {
    super(what + " not found", 404);
    this.name = "NotFound";
  }
}
class Forbidden extends AppError {
  constructor() {
    super("forbidden", 403);
    this.name = "Forbidden";
  }
}
function handle(path: string): string {
  if (path === "/secret") throw new Forbidden();
  if (path.startsWith("/missing")) throw new NotFound(path);
  if (path === "/boom") throw new RangeError("boom");
  return "200 " + path;
}
for (const p of ["/", "/secret", "/missing/x", "/boom"]) {
  try {
    console.log(handle(p));
  } catch (e) {
    if (e instanceof NotFound) console.log(e.code, e.name, e.message, e.what);
    else if (e instanceof AppError) console.log(e.code, e.name, e.message, e instanceof Forbidden);
    else if (e instanceof Error) console.log("500", e.name, e.message, e instanceof AppError);
  }
}
