// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// What the subset checker needs to know about classes and member access: the
// program's classes, which of them can be the receiver of an access (closed
// world: those whose instances TypeScript lets flow into the receiver's
// type), and whether each of them has the member in a form tsxen lowers.

import ts from '#typescript';
import { mayInhabitOpen, mentionsTypeParameter } from '../lower/openreceivers.js';
import { builtinErrorName } from '../lower/classes.js';
import { ClassInstance, discoverClassInstances } from '../lower/genericclasses.js';
import { parsedObjectTypes } from './json.js';
import { settledResultTypes } from './async.js';
import { isInAssignmentPattern } from '../lower/destructure.js';
import { isDictionaryLiteral } from '../lower/records.js';
import { holeMembers } from '../lower/optional.js';
import { isObjectRest } from '../lower/objectrest.js';

export type MemberForm = 'field' | 'getter' | 'setter' | 'method';

/** A class declaration or an object literal: something with a layout tsxen knows. */
export type Shape = ts.ClassDeclaration | ts.ObjectLiteralExpression | ParsedShape;

/** An object type that JSON.parse produces (lower/json.ts lays it out). */
export interface ParsedShape {
  parsed: ts.Type;
  label?: string;
}

export class ClassModel {
  readonly classes: ts.ClassDeclaration[];
  readonly literals: ts.ObjectLiteralExpression[] = [];
  readonly parsed: ParsedShape[];

  constructor(private readonly checker: ts.TypeChecker, file: ts.SourceFile) {
    this.classes = file.statements.filter(ts.isClassDeclaration);
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n) && !isInAssignmentPattern(n) && !isDictionaryLiteral(checker, n)) this.literals.push(n);
      ts.forEachChild(n, visit);
    };
    visit(file);
    // Library-made objects of known layouts: JSON.parse's, Promise.allSettled's results.
    const settled = settledResultTypes(checker, file);
    this.parsed = [...parsedObjectTypes(checker, file), ...settled.fulfilled, ...settled.rejected].map((parsed) => ({ parsed }));
    // Object rest patterns make plain objects of their own (lower/objectrest.ts).
    const rests = (n: ts.Node): void => {
      if (isObjectRest(n)) this.parsed.push({ parsed: checker.getTypeAtLocation(n), label: 'object rest' });
      ts.forEachChild(n, rests);
    };
    rests(file);
  }

  shapeName(s: Shape): string {
    if ('parsed' in s) return s.label ?? 'object from JSON.parse';
    return ts.isClassDeclaration(s) ? s.name!.text : 'object literal';
  }

  isProgramClass(sym: ts.Symbol | undefined): ts.ClassDeclaration | undefined {
    return this.classes.find((c) => c.name && this.checker.getSymbolAtLocation(c.name) === sym);
  }

  base(c: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
    const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return ext ? this.isProgramClass(this.checker.getSymbolAtLocation(ext.expression)) : undefined;
  }

  /** The built-in error a class ultimately extends (Error, TypeError, ...), if any. */
  builtinErrorBase(c: ts.ClassDeclaration): string | undefined {
    for (let k: ts.ClassDeclaration | undefined = c; k; ) {
      const ext = k.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (!ext) return undefined;
      const sym = this.checker.getSymbolAtLocation(ext.expression);
      const builtin = builtinErrorName(sym);
      if (builtin) return builtin;
      k = this.isProgramClass(sym);
    }
    return undefined;
  }

  /** Whether `c` extends `ancestor` (directly or further up). */
  inherits(c: ts.ClassDeclaration, ancestor: ts.ClassDeclaration): boolean {
    for (let k = this.base(c); k; k = this.base(k)) if (k === ancestor) return true;
    return false;
  }

  declaresMethod(c: ts.ClassDeclaration, name: string): boolean {
    return c.members.some((m) => ts.isMethodDeclaration(m) && m.name && memberText(m.name) === name);
  }

  hasInstanceFields(c: ts.ClassDeclaration): boolean {
    const ctor = c.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    return c.members.some((m) => ts.isPropertyDeclaration(m) && !isStaticMember(m)) ||
      (ctor?.parameters.some((p) => ts.isParameterPropertyDeclaration(p, ctor)) ?? false);
  }

  isAbstract(c: ts.ClassDeclaration): boolean {
    return (ts.getCombinedModifierFlags(c) & ts.ModifierFlags.Abstract) !== 0;
  }

  /** Concrete classes and object literals whose values may be a value of `type`. */
  receivers(type: ts.Type): Shape[] {
    if (type.flags & ts.TypeFlags.TypeParameter) type = this.checker.getBaseConstraintOfType(type) ?? type;
    const sym = type.getSymbol();
    const own = sym && sym.flags & ts.SymbolFlags.Class ? this.isProgramClass(sym) : undefined;
    if (own) return this.classes.filter((c) => !this.isAbstract(c) && this.extendsOrIs(c, own));
    const exact = this.receiversWhere((t) => this.checker.isTypeAssignableTo(t, type));
    if (exact.length) return exact;
    // None by assignability: a type that mentions a type parameter (Container<T>), by members (lower/openreceivers.ts).
    const open = mentionsTypeParameter(this.checker, type);
    return this.receiversWhere((t) => (open || mentionsTypeParameter(this.checker, t)) && mayInhabitOpen(this.checker, t, type));
  }

  private receiversWhere(fits: (t: ts.Type) => boolean): Shape[] {
    const classes = this.classes.filter((c) => !this.isAbstract(c) &&
      [this.checker.getTypeAtLocation(c.name!), ...this.instanceTypes(c)].some(fits));
    // Widened: a fresh literal type would fail assignability on excess properties.
    const literals = this.literals.filter((l) => fits(this.checker.getWidenedType(this.checker.getTypeAtLocation(l))));
    const parsed = this.parsed.filter((p) => fits(p.parsed));
    return [...classes, ...literals, ...parsed];
  }

  private instances?: Map<ts.ClassDeclaration, ClassInstance[]>;

  /** The types a generic class is used at (Box<number>, ...): what structural receivers test. */
  private instanceTypes(c: ts.ClassDeclaration): ts.Type[] {
    if (!c.typeParameters?.length) return [];
    if (!this.instances) {
      try {
        this.instances = discoverClassInstances(this.checker, c.getSourceFile());
      } catch {
        this.instances = new Map();
      }
    }
    return (this.instances.get(c) ?? []).flatMap((i) => i.witnesses);
  }

  private extendsOrIs(c: ts.ClassDeclaration | undefined, ancestor: ts.ClassDeclaration): boolean {
    for (; c; c = this.base(c)) if (c === ancestor) return true;
    return false;
  }

  /** The forms in which class `c` (or an ancestor) declares instance member `name`. */
  forms(c: Shape, name: string): Set<MemberForm> {
    const out = new Set<MemberForm>();
    if ('parsed' in c) {
      if (c.parsed.getProperty(name)) out.add('field');
      return out;
    }
    if (ts.isObjectLiteralExpression(c)) {
      // Literal members are fields; a field holding a function can be called like a method.
      const own = c.properties.filter((p) => p.name && memberText(p.name) === name);
      // Getters and setters (lower/literalaccessors.ts).
      if (own.some(ts.isGetAccessorDeclaration)) out.add('getter');
      if (own.some(ts.isSetAccessorDeclaration)) out.add('setter');
      if (own.some((p) => !ts.isGetAccessorDeclaration(p) && !ts.isSetAccessorDeclaration(p))) out.add('field').add('method');
      if (own.length) return out;
      // Members copied by a spread: TypeScript's type of the literal lists them.
      if (c.properties.some(ts.isSpreadAssignment) && this.checker.getTypeAtLocation(c).getProperty(name)) out.add('field').add('method');
      // An optional member of its contextual type that it lacks: a slot holding a hole (lower/optional.ts).
      else if (holeMembers(this.checker, c).includes(name)) out.add('field');
      return out;
    }
    if ((name === 'message' || name === 'name') && this.builtinErrorBase(c)) out.add('field');
    for (let k: ts.ClassDeclaration | undefined = c; k; k = this.base(k)) {
      for (const m of k.members) {
        if (!m.name || memberText(m.name) !== name || isStaticMember(m)) {
          if (ts.isConstructorDeclaration(m)) {
            for (const p of m.parameters) {
              if (ts.isParameterPropertyDeclaration(p, m) && (p.name as ts.Identifier).text === name) out.add('field');
            }
          }
          continue;
        }
        if (ts.isPropertyDeclaration(m)) out.add('field');
        else if (ts.isGetAccessorDeclaration(m)) out.add('getter');
        else if (ts.isSetAccessorDeclaration(m)) out.add('setter');
        else if (ts.isMethodDeclaration(m)) out.add('method');
      }
    }
    return out;
  }
}

export function memberText(name: ts.PropertyName | ts.PrivateIdentifier): string {
  return ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
}

export function isStaticMember(m: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
}
