// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The subset checker: walks the type-checked program and reports, with a
// tsxen code, every construct the compiler does not implement. Lowering may
// assume that whatever passes here is in the subset. It is a whitelist: a
// node kind not named below is rejected.

import { checkJsonCall, jsonCallName } from './json.js';
import { THENABLE_MESSAGE, aggregateErrorRule, asyncCallRule, isNewPromise, isOpaqueAsyncValue, thenableDeclarations } from './async.js';
import ts from '#typescript';
import { withoutExport } from '../program/modules.js';
import { intrinsicOf } from '../lower/intrinsics.js';
import { Code, CompileError, Diagnostic, tsxDiagnostic } from '../diagnostics.js';
import { shapeKeys, spreadKeys } from '../lower/spread.js';
import { holeMembers } from '../lower/optional.js';
import { kindOfType } from '../lower/kinds.js';
import { consoleMethod } from '../lower/console.js';
import { LoadedProgram } from '../program/load.js';
import { describeKind } from './names.js';
import { isAssignmentPattern } from '../lower/destructure.js';
import { isLiteralAccessor, isLiteralMethod, usesThis } from '../lower/captures.js';
import { accessorLiteralTypes, mayHoldAccessorLiteral } from './accessorflows.js';
import { objectRestProblem } from '../lower/objectrest.js';
import { isLengthConstrained } from '../lower/lengthconstraint.js';
import { bindTypeParameters } from '../lower/generics.js';
import { indexedAccessTypes, isKeyParameter, keyedFunctionOf } from '../lower/indexedaccess.js';
import { isDictionaryLiteral, isDictionaryType, nullishFallbackDropped, toleratesUndefined } from '../lower/records.js';
import { enumOf, isObjectStatic } from '../lower/objectstatics.js';
import { ClassModel, isStaticMember, memberText } from './members.js';
import { typeParameterMember } from './genericliterals.js';
import { boundMethodCall } from '../lower/boundmethods.js';
import { functionFlowProblem } from '../lower/functionvalues.js';
import { isArrayType, arrayElementKind } from '../lower/arrays.js';
import { ARRAY_METHODS } from '../lower/arraymethods.js';
import { MAP_METHODS, collectionOf } from '../lower/maps.js';
import {
  CheckerHost, checkBinaryDataIndex, checkBinaryDataMember, checkBinaryDataNew, checkBinaryDataStaticCall, isTypedArrayIterable, isTypedArrayIteration,
} from './typedarrays.js';
import { withTypeParameterKinds } from '../lower/kinds.js';
import { builtinErrorName } from '../lower/classes.js';
import { defaultKinds, typeArgumentKinds } from '../lower/genericclasses.js';
import { isIterationPosition, iterSource } from '../lower/iterables.js';
import { ARRAY_STATICS, arrayLikeLength } from '../lower/arraystatics.js';
import { EXTRA_ARRAY_METHODS, callbackResultType, flatDepth, flatSupported, isArraySpreadCall } from '../lower/arrayextra.js';
import { CONSTANTS, NUMBER_METHODS, STRING_METHODS, isStaticBuiltin, libraryName } from '../lower/builtins.js';

const SK = ts.SyntaxKind;

const ALLOWED_BINARY = new Set<ts.SyntaxKind>([
  SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken, SK.AsteriskAsteriskToken,
  SK.AmpersandToken, SK.BarToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken,
  SK.GreaterThanGreaterThanGreaterThanToken, SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsEqualsToken,
  SK.EqualsEqualsToken, SK.ExclamationEqualsToken, SK.LessThanToken, SK.LessThanEqualsToken,
  SK.GreaterThanToken, SK.GreaterThanEqualsToken, SK.AmpersandAmpersandToken, SK.BarBarToken, SK.CommaToken,
  SK.EqualsToken, SK.PlusEqualsToken, SK.MinusEqualsToken, SK.AsteriskEqualsToken, SK.SlashEqualsToken,
  SK.PercentEqualsToken, SK.AsteriskAsteriskEqualsToken, SK.LessThanLessThanEqualsToken,
  SK.GreaterThanGreaterThanEqualsToken, SK.GreaterThanGreaterThanGreaterThanEqualsToken, SK.AmpersandEqualsToken,
  SK.BarEqualsToken, SK.CaretEqualsToken, SK.AmpersandAmpersandEqualsToken, SK.BarBarEqualsToken,
  SK.InstanceOfKeyword, SK.QuestionQuestionToken, SK.QuestionQuestionEqualsToken, SK.InKeyword,
]);


const ASSIGNMENTS = new Set<ts.SyntaxKind>([...ALLOWED_BINARY].filter((k) => k >= SK.FirstAssignment && k <= SK.LastAssignment));

export function checkSubset(loaded: LoadedProgram): Diagnostic[] {
  return new SubsetChecker(loaded.checker).check(loaded.entry);
}

class SubsetChecker {
  private readonly diags: Diagnostic[] = [];
  private model!: ClassModel;
  /** The class whose instance members are being checked (for `this`). */
  private currentClass?: ts.ClassDeclaration;
  private inStatic = false;
  /** Inside a closure in a static member, where `this` would have to be captured. */
  private inStaticClosure = false;
  /** Inside an object-literal method, where `this` is the literal. */
  private literalThis = false;
  /** Types of the literals with getters or setters (checker/accessorflows.ts). */
  private accessorLiterals: ts.Type[] = [];

  constructor(private readonly checker: ts.TypeChecker) {}

  check(file: ts.SourceFile): Diagnostic[] {
    this.model = new ClassModel(this.checker, file);
    this.accessorLiterals = accessorLiteralTypes(this.checker, file);
    this.rejectEverywhere(file);
    for (const node of thenableDeclarations(file)) this.report(Code.UnsupportedApi, node, THENABLE_MESSAGE);
    for (const stmt of file.statements) this.statement(stmt, true);
    return this.diags;
  }

  private report(code: number, node: ts.Node, message: string): void {
    this.diags.push(tsxDiagnostic(code, node, message));
  }

  /** What checker/typedarrays.ts sees of this checker. */
  private get binaryData(): CheckerHost {
    return { checker: this.checker, expression: (e) => this.expression(e, false), report: (c, n, m) => this.report(c, n, m) };
  }

  /** Rejects listing the keys or copying the members of a value that may be a literal with accessors. */
  private accessorFlow(node: ts.Expression, what: string, shallow: boolean): boolean {
    if (!mayHoldAccessorLiteral(this.checker, this.checker.getTypeAtLocation(node), this.accessorLiterals, shallow)) return true;
    this.unsupported(node, `${what} of a value that may be (or hold) an object literal with getters or setters`);
    return false;
  }

  private unsupported(node: ts.Node, what = describeKind(node)): void {
    this.report(Code.UnsupportedSyntax, node, `${what} is not supported by tsxen yet.`);
  }

  /** Forms rejected wherever they appear, types included. */
  private rejectEverywhere(file: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (node.kind === SK.AnyKeyword) {
        this.report(Code.AnyType, node, "'any' is not allowed: tsxen compiles statically typed code. Use a precise type (or 'unknown' and narrow it).");
      } else if (ts.isDeleteExpression(node)) {
        this.report(Code.Delete, node, "'delete' is not supported: objects have a fixed shape. Use an optional property set to undefined, or a Map.");
      } else if (ts.isIdentifier(node) && node.text === 'arguments' && this.isGlobalOrImplicit(node)) {
        this.report(Code.Arguments, node, "'arguments' is not supported. Use a rest parameter (...args).");
      } else if (ts.isIdentifier(node) && node.text === 'eval' && this.isLibrarySymbol(node)) {
        this.report(Code.Eval, node, "'eval' is not supported: tsxen compiles the whole program ahead of time.");
      } else if (ts.isIdentifier(node) && node.text === 'Function' && this.isLibrarySymbol(node) && !ts.isTypeNode(node.parent)) {
        this.report(Code.FunctionConstructor, node, "The 'Function' constructor is not supported: code cannot be created at run time. Use an arrow function.");
      } else if (
        ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && isPrototypeAccess(node)) ||
        (ts.isPropertyAssignment(node) && node.name.getText() === '__proto__')
      ) {
        this.report(Code.PrototypeManipulation, node, 'Prototype manipulation is not supported: classes have a fixed layout known at compile time.');
        return;
      } else if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.BlockScoped)) {
        this.report(Code.VarDeclaration, node, "'var' is not supported. Use 'let' or 'const'.");
      } else if (ts.isElementAccessExpression(node) && !isLiteralKey(node.argumentExpression) && this.isObjectInstance(node.expression) && !this.isEnumObject(node.expression) && !this.isRecord(node.expression)) {
        this.report(Code.ComputedAccess, node, 'Property access with a computed key is not supported on objects: their shape is fixed at compile time. Use a literal key or a Map.');
      } else if (isMergeable(node) && this.mergesWithRuntimeEffect(node)) {
        this.report(Code.DeclarationMerging, node.name ?? node, `'${node.name?.getText()}' is declared more than once with a runtime effect (declaration merging is not supported). Give each declaration its own name.`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** A dictionary object (`Record<K, T>`, an index signature): lower/records.ts. */
  private isRecord(node: ts.Expression): boolean {
    return !this.isEnumObject(node) && isDictionaryType(this.checker, this.checker.getNonNullableType(this.checker.getTypeAtLocation(node)));
  }

  /** `r[k]` or `r.k` on a record. */
  private isRecordRead(node: ts.Expression): boolean {
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    return (ts.isElementAccessExpression(node) || ts.isPropertyAccessExpression(node)) && this.isRecord(node.expression);
  }

  /** A record key: a string or a number (converted as JS converts property keys). */
  private recordKey(node: ts.Expression): boolean {
    this.expression(node, false);
    const k = kindOfType(this.checker.getTypeAtLocation(node));
    if (k !== 'string' && k !== 'number') return (this.unsupported(node, 'A record key that is not a string or a number'), false);
    return true;
  }

  /** Records and fixed-shape objects are laid out differently: no value may flow from one to the other. */
  private recordFlow(node: ts.Expression): void {
    const context = this.checker.getContextualType(node);
    if (!context || ts.isObjectLiteralExpression(node)) return;
    // A destructured value is read member by member: no layout is assumed.
    let outer: ts.Expression = node;
    while (ts.isParenthesizedExpression(outer.parent) || ts.isNonNullExpression(outer.parent)) outer = outer.parent;
    const holder = outer.parent;
    if ((ts.isVariableDeclaration(holder) || ts.isParameter(holder) || ts.isBindingElement(holder)) && !ts.isIdentifier(holder.name)) return;
    // Library functions (Object.keys(r)...) handle each representation themselves.
    const call = node.parent;
    if (ts.isCallExpression(call) && call.arguments.includes(node) && this.checker.getResolvedSignature(call)?.getDeclaration()?.getSourceFile().isDeclarationFile) return;
    const targets = context.isUnion() ? context.types : [context];
    const own = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    const recordTarget = targets.find((t) => isDictionaryType(this.checker, t));
    if (isArrayType(this.checker, own) && recordTarget) {
      this.report(Code.UnsupportedType, node, `An array cannot be used as a '${this.checker.typeToString(recordTarget)}' here: tsxen lays out records (index signatures) and arrays differently. Give it an array type.`);
      return;
    }
    if (kindOfType(own) !== 'ref' || isArrayType(this.checker, own) || collectionOf(own) || own.getCallSignatures().length > 0) return;
    const ownRecord = isDictionaryType(this.checker, own);
    for (const t of targets) {
      if (!(t.flags & ts.TypeFlags.Object) || isArrayType(this.checker, t) || collectionOf(t) || t.getCallSignatures().length > 0) continue;
      if (isDictionaryType(this.checker, t) !== ownRecord) {
        this.report(Code.UnsupportedType, node, `A '${this.checker.typeToString(own)}' cannot be used as a '${this.checker.typeToString(t)}' here: tsxen lays out records (dictionaries) and fixed-shape objects differently. Build a new object of the target type.`);
        return;
      }
    }
  }

  /** An instance of a class or an object type (not an array, string or tuple). */
  private isObjectInstance(node: ts.Expression): boolean {
    const type = this.checker.getTypeAtLocation(node);
    return kindOfType(type) === 'ref' && !this.checker.isArrayLikeType(type) && !isTypedArrayIterable(type);
  }

  /** A namespace, class, function or enum whose name has another value declaration. */
  private mergesWithRuntimeEffect(node: MergeableDeclaration): boolean {
    const decls = node.name && this.checker.getSymbolAtLocation(node.name)?.declarations;
    if (!decls || decls[0] !== node) return false; // report once, at the first declaration
    const runtime = decls.filter((d) => isMergeable(d) && !(ts.isModuleDeclaration(d) && !isInstantiated(d)) &&
      !(ts.isFunctionDeclaration(d) && !d.body)); // overload signatures are types only
    return runtime.length > 1;
  }

  private usedInFunctions(name: ts.Identifier): boolean {
    const sym = this.checker.getSymbolAtLocation(name);
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(node) && node !== name && this.checker.getSymbolAtLocation(node) === sym) found = true;
      else ts.forEachChild(node, visit);
    };
    for (const stmt of name.getSourceFile().statements) if (ts.isFunctionDeclaration(stmt)) visit(stmt);
    return found;
  }

  private isLibrarySymbol(id: ts.Identifier): boolean {
    const decl = this.checker.getSymbolAtLocation(id)?.declarations?.[0];
    return decl !== undefined && decl.getSourceFile().isDeclarationFile;
  }

  /** A callee that is an expression computing a function value (not a library or program method). */
  private isFunctionValueCallee(callee: ts.Expression): boolean {
    let inner = callee;
    while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
    if (ts.isPropertyAccessExpression(inner) || ts.isIdentifier(inner)) {
      const member = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
      if (!member || (member.flags & ts.SymbolFlags.Method) || member.declarations?.[0]?.getSourceFile().isDeclarationFile) return false;
    }
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(callee));
    return type.getCallSignatures().length === 1 && kindOfType(type) === 'ref' && libraryName(this.checker, callee) === undefined;
  }

  private isLibraryMember(node: ts.PropertyAccessExpression): boolean {
    const decl = this.checker.getSymbolAtLocation(node.name)?.declarations?.[0];
    return decl !== undefined && decl.getSourceFile().isDeclarationFile;
  }

  private isGlobalOrImplicit(id: ts.Identifier): boolean {
    const sym = this.checker.getSymbolAtLocation(id);
    return !sym || this.isLibrarySymbol(id) || sym.flags === ts.SymbolFlags.None || !sym.valueDeclaration;
  }

  // ---- statements -------------------------------------------------------

  private statement(node: ts.Statement, topLevel: boolean): void {
    switch (node.kind) {
      case SK.Block:
        return (node as ts.Block).statements.forEach((s) => this.statement(s, false));
      case SK.EmptyStatement:
      case SK.TypeAliasDeclaration:
      case SK.InterfaceDeclaration:
        return;
      case SK.ExpressionStatement:
        return this.expression((node as ts.ExpressionStatement).expression, true);
      case SK.VariableStatement:
        return this.variableStatement(node as ts.VariableStatement, topLevel);
      case SK.FunctionDeclaration:
        return this.functionDeclaration(node as ts.FunctionDeclaration, topLevel);
      case SK.ClassDeclaration:
        if (!topLevel) return this.unsupported(node, 'A class declared inside a function or block');
        return this.classDeclaration(node as ts.ClassDeclaration);
      case SK.IfStatement: {
        const s = node as ts.IfStatement;
        this.condition(s.expression);
        this.statement(s.thenStatement, false);
        if (s.elseStatement) this.statement(s.elseStatement, false);
        return;
      }
      case SK.WhileStatement:
      case SK.DoStatement: {
        const s = node as ts.WhileStatement | ts.DoStatement;
        this.condition(s.expression);
        return this.statement(s.statement, false);
      }
      case SK.ForStatement: {
        const s = node as ts.ForStatement;
        if (s.initializer) {
          if (ts.isVariableDeclarationList(s.initializer)) this.declarationList(s.initializer, false, s);
          else this.expression(s.initializer, true);
        }
        if (s.condition) this.condition(s.condition);
        if (s.incrementor) this.expression(s.incrementor, true);
        return this.statement(s.statement, false);
      }
      case SK.LabeledStatement:
        return this.statement((node as ts.LabeledStatement).statement, false);
      case SK.EnumDeclaration: {
        const e = node as ts.EnumDeclaration;
        for (const m of e.members) {
          if (this.checker.getConstantValue(m) === undefined) this.unsupported(m, 'An enum member whose value is not a compile-time constant');
        }
        return;
      }
      case SK.ThrowStatement:
        return this.expression((node as ts.ThrowStatement).expression, false);
      case SK.TryStatement: {
        const t = node as ts.TryStatement;
        this.statement(t.tryBlock, false);
        if (t.catchClause) {
          const v = t.catchClause.variableDeclaration;
          if (v && !ts.isIdentifier(v.name)) this.unsupported(v.name, 'Destructuring a caught exception');
          this.statement(t.catchClause.block, false);
        }
        if (t.finallyBlock) this.statement(t.finallyBlock, false);
        return;
      }
      case SK.SwitchStatement: {
        const s = node as ts.SwitchStatement;
        this.expression(s.expression, false);
        for (const clause of s.caseBlock.clauses) {
          if (ts.isCaseClause(clause)) this.expression(clause.expression, false);
          clause.statements.forEach((st) => this.statement(st, false));
        }
        return;
      }
      case SK.ForOfStatement: {
        const s = node as ts.ForOfStatement;
        if (s.awaitModifier) return this.unsupported(s, "'for await'");
        if (!ts.isVariableDeclarationList(s.initializer) || s.initializer.declarations.length !== 1) {
          return this.unsupported(s.initializer, 'This for-of binding (use `for (const x of ...)`)');
        }
        const binding = s.initializer.declarations[0].name;
        if (!iterSource(this.checker, s.expression) && !isTypedArrayIteration(this.checker, s.expression)) {
          return this.unsupported(s.expression, `Iterating over a '${this.checker.typeToString(this.checker.getTypeAtLocation(s.expression))}'`);
        }
        this.expression(s.expression, false);
        if (ts.isIdentifier(binding)) this.valueType(binding, 'loop variable');
        else this.pattern(binding, this.checker.getTypeAtLocation(binding));
        return this.statement(s.statement, false);
      }
      case SK.BreakStatement:
      case SK.ContinueStatement:
        return;
      case SK.ReturnStatement: {
        const e = (node as ts.ReturnStatement).expression;
        if (topLevel) return this.unsupported(node, 'A top-level return');
        if (e) this.expression(e, true);
        return;
      }
    }
    this.unsupported(node);
  }

  private variableStatement(node: ts.VariableStatement, topLevel: boolean): void {
    const modifiers = withoutExport(node.modifiers);
    if (modifiers.length) return this.unsupported(modifiers[0], `The '${modifiers[0].getText()}' modifier`);
    this.declarationList(node.declarationList, topLevel, node);
  }

  private declarationList(list: ts.VariableDeclarationList, topLevel: boolean, at: ts.Node): void {
    if (!(list.flags & ts.NodeFlags.BlockScoped)) return; // 'var': reported already
    const scoping = list.flags & ts.NodeFlags.BlockScoped;
    if (scoping !== ts.NodeFlags.Let && scoping !== ts.NodeFlags.Const) return this.unsupported(at, "A 'using' declaration");
    for (const decl of list.declarations) {
      if (!ts.isIdentifier(decl.name)) {
        if (!decl.initializer) continue;
        this.expression(decl.initializer, false);
        this.pattern(decl.name, this.checker.getTypeAtLocation(decl.initializer));
        continue;
      }
      this.valueType(decl.name, `variable '${decl.name.text}'`);
      if (decl.initializer) this.expression(decl.initializer, false);
      else if (topLevel && this.usedInFunctions(decl.name)) {
        // Its value before the first assignment would be undefined, which a number cannot hold.
        this.unsupported(decl, `A module-level variable that functions use, without an initializer ('${decl.name.text}'),`);
      }
    }
  }

  private functionDeclaration(node: ts.FunctionDeclaration, topLevel: boolean): void {
    if (!node.body) return this.unsupported(node, 'A function overload or declaration without a body');
    const modifier = withoutExport(node.modifiers).find((m) => m.kind !== SK.AsyncKeyword);
    if (modifier) return this.unsupported(modifier, `The '${modifier.getText()}' modifier`);
    if (node.typeParameters && topLevel) {
      // Checked with every type parameter as a tagged Value: each use site picks its own copy.
      const binding = new Map<ts.Type, 'value' | 'ref'>(node.typeParameters.map((tp) => {
        const t = this.checker.getTypeAtLocation(tp);
        const constraint = this.checker.getBaseConstraintOfType(t);
        return [t, constraint && kindOfType(constraint) === 'ref' ? 'ref' : 'value'];
      }));
      // T[K] with K extends keyof T: each call's copy knows its kind (lower/indexedaccess.ts); any Value fits here.
      for (const t of indexedAccessTypes(this.checker, node)) binding.set(t, 'value');
      withTypeParameterKinds(binding, () => this.functionLike(node, true));
      return;
    }
    this.functionLike(node);
  }

  /** Function declarations, function expressions and arrow functions. */
  private functionLike(node: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction, genericOk = false): boolean {
    if (node.asteriskToken) return (this.unsupported(node, 'A generator function'), false);
    if (node.typeParameters && !genericOk) {
      // One closure serves every use: its type parameters are tagged Values, so they may only
      // appear where any Value fits (bare, or with null/undefined), not inside T[] or (x: T) => U.
      const bad = genericClosureProblem(this.checker, node);
      if (bad) {
        this.report(Code.UnsupportedType, bad.at, `A generic function value whose type parameter '${bad.name}' appears inside another type ('${bad.text}') is not supported: tsxen compiles it once for all its uses, and cannot represent that type for every instantiation. Use a top-level generic function declaration.`);
        return false;
      }
      const binding = new Map(node.typeParameters.map((tp) => [this.checker.getTypeAtLocation(tp), 'value' as const]));
      return withTypeParameterKinds(binding, () => this.functionLike(node, true));
    }
    this.parameters(node.parameters, false);
    this.returnType(node);
    // `this` inside a function expression is its own (unsupported); arrows see the method's.
    const outerClass = this.currentClass;
    const outerStaticClosure = this.inStaticClosure;
    const outerLiteral = this.literalThis;
    if (!ts.isArrowFunction(node)) {
      this.currentClass = undefined;
      this.literalThis = false;
    }
    if (this.inStatic) this.inStaticClosure = true;
    const body = node.body!;
    if (ts.isBlock(body)) body.statements.forEach((st) => this.statement(st, false));
    else this.expression(body, true);
    this.currentClass = outerClass;
    this.inStaticClosure = outerStaticClosure;
    this.literalThis = outerLiteral;
    return true;
  }

  // ---- expressions ------------------------------------------------------

  private condition(node: ts.Expression): void {
    this.expression(node, false);
  }

  /** A declared variable or parameter must have a kind tsxen can store. */
  private valueType(node: ts.Node, what: string): void {
    const type = this.checker.getTypeAtLocation(node);
    const kind = kindOfType(type);
    if (type.flags & ts.TypeFlags.Any) {
      this.reportAny(node, what);
    } else if (kind === 'ref' && isArrayType(this.checker, type) && !arrayElementKind(this.checker, type)) {
      this.report(Code.UnsupportedType, node, `The element type of ${what} ('${this.checker.typeToString(type)}') is not supported by tsxen yet.`);
    } else if (!kind) {
      this.report(Code.UnsupportedType, node, `The type '${this.checker.typeToString(type)}' of ${what} is not supported by tsxen yet (number, string and boolean are).`);
    }
  }

  /** A value typed 'any' (often implicitly, from a library function): TSX1004, once per node. */
  private reportAny(node: ts.Node, what: string): void {
    if (this.diags.some((d) => d.code === 'TSX1004' && d.start === node.getStart())) return;
    this.report(Code.AnyType, node, `The ${what} has type 'any', which tsxen does not allow: give it a precise type.`);
  }

  /** Checks an expression; `voidOk` when its value is discarded or may be undefined. */
  private expression(node: ts.Expression, voidOk: boolean): void {
    if (!this.expressionForm(node)) return;
    this.arrayRepresentation(node);
    this.recordFlow(node);
    const flow = functionFlowProblem(this.checker, node);
    if (flow) return this.report(Code.UnsupportedType, node, flow);
    const type = this.checker.getTypeAtLocation(node);
    const kind = kindOfType(type);
    if (jsonCallName(this.checker, node) === 'parse') return; // typed by its target (checker/json.ts)
    if (type.flags & ts.TypeFlags.Any) {
      this.reportAny(node, 'expression');
    } else if (!kind) {
      this.report(Code.UnsupportedType, node, `An expression of type '${this.checker.typeToString(type)}' is not supported by tsxen yet.`);
    }
  }

  /**
   * Arrays keep their elements unboxed, so an array may only flow where the
   * element representation is the same: TypeScript's covariant arrays would
   * let a number[] be read as a (number | string)[], whose elements are
   * tagged Values. Such a flow is rejected rather than misread.
   */
  private arrayRepresentation(node: ts.Expression): void {
    const own = this.checker.getTypeAtLocation(node);
    if (own.isUnion()) {
      const kinds = new Set(own.types.filter((t) => isArrayType(this.checker, t)).map((t) => arrayElementKind(this.checker, t)));
      if (kinds.size > 1) {
        this.report(Code.UnsupportedType, node, `A value that may be any of '${this.checker.typeToString(own)}' is not supported: those arrays store their elements differently. Give the arrays one element type.`);
        return;
      }
    }
    if (ts.isArrayLiteralExpression(node)) return; // a literal takes its representation from the context
    if (jsonCallName(this.checker, node.parent) === 'stringify') return; // the runtime reads arrays of every representation
    const p = node.parent;
    if (ts.isBinaryExpression(p) && p.right === node && isAssignmentPattern(p.left)) return; // read element by element
    const ownElem = isArrayType(this.checker, own) ? arrayElementKind(this.checker, own) : undefined;
    if (!ownElem) return;
    const context = this.checker.getContextualType(node);
    if (!context) return;
    const targets = (context.isUnion() ? context.types : [context]).filter((t) => isArrayType(this.checker, t));
    for (const t of targets) {
      const want = arrayElementKind(this.checker, t);
      if (want && want !== ownElem && !(own.flags & ts.TypeFlags.Never)) {
        this.report(Code.UnsupportedType, node, `A '${this.checker.typeToString(own)}' cannot be used as a '${this.checker.typeToString(t)}' here: tsxen stores their elements differently (${ownElem} vs ${want}). Build a new array (e.g. with map) or declare the wider type from the start.`);
        return;
      }
    }
  }

  /** Checks the form of an expression and its operands; false when reported. */
  private expressionForm(node: ts.Expression): boolean {
    switch (node.kind) {
      case SK.NumericLiteral:
      case SK.StringLiteral:
      case SK.NoSubstitutionTemplateLiteral:
      case SK.TrueKeyword:
      case SK.FalseKeyword:
        return true;
      case SK.Identifier:
        return this.identifier(node as ts.Identifier);
      case SK.AsExpression:
      case SK.TypeAssertionExpression: {
        const inner = (node as ts.AsExpression).expression;
        const from = this.checker.getTypeAtLocation(inner);
        const to = this.checker.getTypeAtLocation(node);
        if (from.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) && kindOfType(to) !== 'value' && (ts.isAsExpression(inner) || ts.isTypeAssertionExpression(inner) || ts.isParenthesizedExpression(inner))) {
          this.report(Code.UnsupportedType, node, 'A type assertion through unknown cannot be checked: tsxen would misread the value. Convert it instead.');
          return false;
        }
        this.expression(inner, false);
        return true;
      }
      case SK.ParenthesizedExpression:
      case SK.SatisfiesExpression:
      case SK.NonNullExpression:
        this.expression((node as ts.ParenthesizedExpression).expression, false);
        return true;
      case SK.TemplateExpression:
        for (const span of (node as ts.TemplateExpression).templateSpans) this.expression(span.expression, true);
        return true;
      case SK.TypeOfExpression: {
        // `typeof K` of a class is "function" (a class is not otherwise a value in the subset).
        const operand = (node as ts.TypeOfExpression).expression;
        if (ts.isIdentifier(operand) && this.model.isProgramClass(this.checker.getSymbolAtLocation(operand))) return true;
        this.expression(operand, true);
        return true;
      }
      case SK.VoidExpression:
        this.expression((node as ts.VoidExpression).expression, true);
        return true;
      case SK.PrefixUnaryExpression:
      case SK.PostfixUnaryExpression:
        return this.unary(node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression);
      case SK.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      case SK.ConditionalExpression: {
        const c = node as ts.ConditionalExpression;
        this.condition(c.condition);
        this.expression(c.whenTrue, true);
        this.expression(c.whenFalse, true);
        return true;
      }
      case SK.CallExpression:
        return this.call(node as ts.CallExpression);
      case SK.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression, 'read');
      case SK.NullKeyword:
        return true;
      case SK.ThisKeyword:
        if (this.literalThis && !this.inStatic) return true;
        if (!this.currentClass || this.inStatic) return (this.unsupported(node, "'this' outside an instance method or constructor"), false);
        return true;
      case SK.NewExpression:
        return this.newExpression(node as ts.NewExpression);
      case SK.ArrowFunction:
      case SK.FunctionExpression:
        return this.functionLike(node as ts.ArrowFunction);
      case SK.ObjectLiteralExpression:
        return this.objectLiteral(node as ts.ObjectLiteralExpression);
      case SK.ArrayLiteralExpression:
        for (const e of (node as ts.ArrayLiteralExpression).elements) {
          if (ts.isOmittedExpression(e)) return (this.unsupported(e, 'A hole in an array literal'), false);
          if (ts.isSpreadElement(e) && !this.spreadOfArray(e)) return false;
          if (!ts.isSpreadElement(e)) this.expression(e, false);
        }
        return true;
      case SK.ElementAccessExpression:
        return this.elementAccess(node as ts.ElementAccessExpression);
      case SK.DeleteExpression:
        return false; // reported by rejectEverywhere
      case SK.SpreadElement:
        return this.spreadOfArray(node as ts.SpreadElement);
      case SK.AwaitExpression:
        this.expression((node as ts.AwaitExpression).expression, true);
        return true;
    }
    this.unsupported(node);
    return false;
  }

  private identifier(id: ts.Identifier): boolean {
    const sym = ts.isShorthandPropertyAssignment(id.parent) ? this.checker.getShorthandAssignmentValueSymbol(id.parent) : this.checker.getSymbolAtLocation(id);
    const decl = sym?.valueDeclaration;
    if (id.text === 'undefined' && (!decl || decl.getSourceFile().isDeclarationFile)) return true;
    if (!sym || !decl) return false;
    if (decl.getSourceFile().isDeclarationFile) {
      if (id.text === 'NaN' || id.text === 'Infinity') return true;
      if (id.text !== 'arguments' && id.text !== 'eval' && id.text !== 'Function') {
        this.report(Code.UnsupportedApi, id, `The global '${id.text}' is not supported by tsxen yet.`);
      }
      return false;
    }
    if (ts.isFunctionDeclaration(decl) && ts.isSourceFile(decl.parent) && decl.typeParameters && !isCallee(id)) {
      this.unsupported(id, `Using the generic function '${id.text}' as a value (wrap it in an arrow function that fixes its types)`);
      return false;
    }
    if (ts.isFunctionDeclaration(decl)) return true;
    if (ts.isClassDeclaration(decl)) {
      this.unsupported(id, `Using the class '${id.text}' as a value`);
      return false;
    }
    return ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl) || ts.isFunctionExpression(decl) ? true : (this.unsupported(id, `A reference to '${id.text}'`), false);
  }

  // ---- classes and members ---------------------------------------------

  private classDeclaration(node: ts.ClassDeclaration): void {
    if (!node.name) return this.unsupported(node, 'An anonymous class');
    if (node.typeParameters) {
      // Checked with each type parameter as a tagged Value (or a reference when constrained to objects);
      // lowering compiles one copy per instance the program uses (lower/genericclasses.ts).
      const kinds = defaultKinds(this.checker, node.typeParameters);
      const binding = new Map(node.typeParameters.map((tp, i) => [this.checker.getTypeAtLocation(tp), kinds[i]]));
      return withTypeParameterKinds(binding, () => this.classBody(node));
    }
    this.classBody(node);
  }

  private classBody(node: ts.ClassDeclaration): void {
    const ext = node.heritageClauses?.find((h) => h.token === SK.ExtendsKeyword)?.types[0];
    if (ext && !this.model.base(node) && !builtinErrorName(this.checker.getSymbolAtLocation(ext.expression))) return this.unsupported(ext, 'Extending something other than a class of this program');
    if (ext && builtinErrorName(this.checker.getSymbolAtLocation(ext.expression)) === 'AggregateError') return this.unsupported(ext, 'Extending AggregateError');
    const outer = this.currentClass;
    this.currentClass = node;
    for (const m of node.members) this.classMember(m, node);
    this.currentClass = outer;
  }

  private classMember(m: ts.ClassElement, cls: ts.ClassDeclaration): void {
    if (ts.canHaveDecorators(m) && ts.getDecorators(m)?.length) return this.unsupported(m, 'A decorator');
    if (m.name && ts.isComputedPropertyName(m.name)) return this.unsupported(m.name, 'A computed member name');
    this.inStatic = isStaticMember(m);
    try {
      if (ts.isSemicolonClassElement(m)) return;
      if (ts.isClassStaticBlockDeclaration(m)) {
        this.inStatic = true;
        m.body.statements.forEach((s) => this.statement(s, false));
        return;
      }
      if (ts.isPropertyDeclaration(m)) {
        if (m.modifiers?.some((x) => x.kind === SK.DeclareKeyword)) return this.unsupported(m, "A 'declare' field");
        this.valueType(m, `field '${memberText(m.name)}'`);
        if (m.initializer) this.expression(m.initializer, false);
        return;
      }
      if (ts.isConstructorDeclaration(m)) {
        if (!m.body) return;
        this.overriddenCallsInConstructor(cls, m.body);
        this.parameters(m.parameters, true);
        m.body.statements.forEach((s) => this.statement(s, false));
        return;
      }
      if (ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
        if (!m.body) return; // abstract
        if (ts.isMethodDeclaration(m) && m.asteriskToken) return this.unsupported(m, 'A generator method');
        // A generic method is checked with its type parameters as Values; each call binding gets a copy.
        const params = ts.isMethodDeclaration(m) ? m.typeParameters ?? [] : [];
        const kinds = defaultKinds(this.checker, params);
        withTypeParameterKinds(new Map(params.map((tp, i) => [this.checker.getTypeAtLocation(tp), kinds[i]])), () => {
          this.parameters(m.parameters, false);
          this.returnType(m);
          m.body!.statements.forEach((s) => this.statement(s, false));
        });
        return;
      }
      this.unsupported(m, `This class member (${SK[m.kind]})`);
    } finally {
      this.inStatic = false;
    }
    void cls;
  }

  /**
   * A base constructor that calls a method a subclass overrides runs that
   * override before the subclass's fields exist; JS then sees undefined in
   * fields whose types say otherwise. Rejected rather than miscompiled.
   */
  private overriddenCallsInConstructor(cls: ts.ClassDeclaration, body: ts.Block): void {
    const subclasses = this.model.classes.filter((c) => c !== cls && this.model.inherits(c, cls));
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.expression.kind === SK.ThisKeyword) {
        const name = n.expression.name.text;
        const culprit = subclasses.find((c) => this.model.declaresMethod(c, name) && this.model.hasInstanceFields(c));
        if (culprit) {
          this.unsupported(n, `Calling '${name}' from the constructor while '${culprit.name!.text}' overrides it and has fields not yet initialised there`);
        }
      }
      if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
    };
    visit(body);
  }

  private parameters(params: ts.NodeArray<ts.ParameterDeclaration>, constructor: boolean): void {
    for (const p of params) {
      if (!ts.isIdentifier(p.name)) {
        if (p.dotDotDotToken) this.unsupported(p, 'A rest parameter with a pattern');
        else this.pattern(p.name, p.type ? this.checker.getTypeFromTypeNode(p.type) : this.checker.getTypeAtLocation(p));
        if (p.initializer) this.expression(p.initializer, false);
      } else if (p.dotDotDotToken && !(isArrayType(this.checker, this.checker.getTypeAtLocation(p)) && arrayElementKind(this.checker, this.checker.getTypeAtLocation(p)))) {
        this.unsupported(p, 'A rest parameter that is not an array');
      }
      else {
        this.valueType(p.name, `parameter '${p.name.text}'`);
        if (p.initializer) this.expression(p.initializer, false);
      }
      if (!constructor && ts.isParameterPropertyDeclaration(p, p.parent)) this.unsupported(p, 'A parameter property outside a constructor');
    }
  }

  private returnType(node: ts.SignatureDeclaration): void {
    const sig = this.checker.getSignatureFromDeclaration(node);
    const ret = sig && this.checker.getReturnTypeOfSignature(sig);
    if (!ret || !kindOfType(ret)) {
      this.report(Code.UnsupportedType, node.type ?? node.name ?? node, `The return type '${ret ? this.checker.typeToString(ret) : '?'}' is not supported by tsxen yet.`);
    }
  }

  private objectLiteral(node: ts.ObjectLiteralExpression): boolean {
    if (isDictionaryLiteral(this.checker, node)) return this.recordLiteral(node);
    const generic = typeParameterMember(this.checker, node);
    if (generic) {
      this.report(Code.UnsupportedType, generic, `An object literal member typed by a type parameter of its generic function ('${this.checker.typeToString(this.checker.getTypeAtLocation(generic.name!))}') is not supported yet: each copy of the function would need its own layout. Use a generic class (new Pair(a, b)) instead.`);
      return false;
    }
    let ok = true;
    for (const p of node.properties) {
      if (ts.isSpreadAssignment(p)) {
        // The source's own keys must be known statically: lower/spread.ts checks that against the closed world.
        const t = this.checker.getTypeAtLocation(p.expression);
        if (kindOfType(t) !== 'ref' || isArrayType(this.checker, t) || collectionOf(t)) { this.unsupported(p, `Spreading a '${this.checker.typeToString(t)}' into an object literal`); ok = false; continue; }
        this.expression(p.expression, false);
        if (!this.accessorFlow(p.expression, 'Spreading', true)) { ok = false; continue; }
        try {
          spreadKeys(this.checker, p.expression);
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          this.diags.push(...e.diagnostics);
          ok = false;
        }
        continue;
      }
      if (p.name && ts.isComputedPropertyName(p.name)) { this.unsupported(p.name, 'A computed property name'); ok = false; continue; }
      if (ts.isPropertyAssignment(p)) this.expression(p.initializer, false);
      else if (ts.isShorthandPropertyAssignment(p)) this.expression(p.name, false);
      else if (ts.isMethodDeclaration(p)) {
        if (p.asteriskToken || p.typeParameters) { this.unsupported(p, 'A generic or generator method'); ok = false; continue; }
        // `this` in an object-literal method is the literal (lower/objects.ts).
        const outer = this.currentClass;
        const outerLiteral = this.literalThis;
        this.currentClass = undefined;
        this.literalThis = true;
        this.parameters(p.parameters, false);
        this.returnType(p);
        p.body?.statements.forEach((st) => this.statement(st, false));
        this.currentClass = outer;
        this.literalThis = outerLiteral;
      } else if (isLiteralAccessor(p)) {
        // A getter or setter: a closure whose `this` is the literal (lower/literalaccessors.ts).
        if (node.properties.some(ts.isSpreadAssignment)) { this.unsupported(p, 'An accessor in an object literal with a spread'); ok = false; continue; }
        const outer = this.currentClass;
        const outerLiteral = this.literalThis;
        this.currentClass = undefined;
        this.literalThis = true;
        this.parameters(p.parameters, false);
        if (ts.isGetAccessorDeclaration(p)) this.returnType(p as unknown as ts.MethodDeclaration);
        p.body?.statements.forEach((st) => this.statement(st, false));
        this.currentClass = outer;
        this.literalThis = outerLiteral;
      } else { this.unsupported(p, 'This member of an object literal'); ok = false; }
    }
    return ok;
  }

  /** A literal built as a record: computed keys and spreading other records are fine. */
  private recordLiteral(node: ts.ObjectLiteralExpression): boolean {
    for (const p of node.properties) {
      if (ts.isSpreadAssignment(p)) {
        if (!this.isRecord(p.expression)) return (this.unsupported(p, 'Spreading a fixed-shape object into a record'), false);
        this.expression(p.expression, false);
        continue;
      }
      if (p.name && ts.isComputedPropertyName(p.name) && !this.recordKey(p.name.expression)) return false;
      if (ts.isPropertyAssignment(p)) this.expression(p.initializer, false);
      else if (ts.isShorthandPropertyAssignment(p)) this.expression(p.name, false);
      else return (this.unsupported(p, 'A method or accessor in a record literal'), false);
    }
    return true;
  }

  /** `Object.keys(x)` and friends: over a record, an enum, or an object of one known shape. */
  private objectStatic(node: ts.CallExpression, name: string): boolean {
    const arg = node.arguments[0];
    if (!arg || node.arguments.length !== 1 || ts.isSpreadElement(arg)) return (this.unsupported(node, `This call of '${name}'`), false);
    if (!this.accessorFlow(arg, `'${name}'`, true)) return false;
    if (name === 'Object.fromEntries') {
      this.expression(arg, false);
      const t = this.checker.getTypeAtLocation(arg);
      const pair = isArrayType(this.checker, t) ? this.checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
      if (!pair || !isArrayType(this.checker, pair) || !isDictionaryType(this.checker, this.checker.getTypeAtLocation(node))) {
        return (this.unsupported(node, "'Object.fromEntries' other than from an array of [key, value] pairs into a record"), false);
      }
      return true;
    }
    if (!arrayElementKind(this.checker, this.checker.getTypeAtLocation(node))) {
      return (this.report(Code.AnyType, node, `'${name}' gives 'any' values here (TypeScript knows no index signature for this type), which tsxen does not allow; use Object.keys and read each member.`), false);
    }
    if (enumOf(this.checker, arg)) return true;
    this.expression(arg, false);
    if (this.isRecord(arg)) return true;
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(arg));
    if (kindOfType(type) !== 'ref' || isArrayType(this.checker, type) || collectionOf(type)) {
      return (this.report(Code.UnsupportedApi, node, `'${name}' of a '${this.checker.typeToString(type)}' is not supported by tsxen yet.`), false);
    }
    const all = this.model.receivers(type);
    const shapes = all.filter((c): c is ts.ClassDeclaration | ts.ObjectLiteralExpression => 'kind' in c);
    if (shapes.length !== all.length) {
      this.report(Code.UnsupportedApi, node, `'${name}' of a '${this.checker.typeToString(type)}' is not supported yet: JSON.parse can produce one, and its keys are those of the parsed text.`);
      return false;
    }
    if (shapes.some((c) => ts.isObjectLiteralExpression(c) && holeMembers(this.checker, c).length > 0)) {
      this.report(Code.UnsupportedApi, node, `'${name}' of a '${this.checker.typeToString(type)}' is not supported: optional members may be added to it later, so its keys are not known at compile time.`);
      return false;
    }
    const layouts = new Set(shapes.map((c) => shapeKeys(this.checker, c).join('\u0000')));
    if (layouts.size !== 1) {
      this.report(Code.UnsupportedApi, node, `'${name}' of a '${this.checker.typeToString(type)}' is not supported: ${shapes.length} classes or literals of different layouts can be one, so its keys are not known at compile time.`);
      return false;
    }
    return true;
  }

  /** Array.from(iterable or { length: n }, mapFn?), Array.of(...), Array.isArray(x). */
  private arrayStatic(name: string, node: ts.CallExpression): boolean {
    const result = this.checker.getTypeAtLocation(node);
    if (name !== 'Array.isArray' && !arrayElementKind(this.checker, result)) {
      this.report(Code.UnsupportedType, node, `The element type of this array ('${this.checker.typeToString(result)}') is not supported by tsxen yet.`);
      return false;
    }
    const [first, mapFn] = node.arguments;
    if (name === 'Array.from') {
      if (!first || ts.isSpreadElement(first)) return (this.unsupported(node, 'This Array.from call'), false);
      const length = arrayLikeLength(first);
      if (length) this.expression(length, false);
      else if (!iterSource(this.checker, first)) return (this.unsupported(first, `Array.from of a '${this.checker.typeToString(this.checker.getTypeAtLocation(first))}' (arrays, strings, Maps, Sets, their iterators and { length: n } are supported)`), false);
      else this.expression(first, false);
      if (mapFn) this.expression(mapFn, false);
      if (node.arguments.length > 2) return (this.unsupported(node.arguments[2], "Array.from's thisArg"), false);
      return true;
    }
    for (const a of node.arguments) this.expression(a, false);
    return true;
  }

  /** `a.flat(depth?)`: a literal depth, over elements that are arrays of one kind (or unions with one array type). */
  private flatOk(node: ts.PropertyAccessExpression, type: ts.Type): boolean {
    const call = node.parent as ts.CallExpression;
    const depth = flatDepth(call.arguments[0]);
    if (depth === undefined) return (this.unsupported(call.arguments[0], 'A flat() depth that is not a numeric literal'), false);
    const item = this.checker.isTupleType(type) ? undefined : this.checker.getTypeArguments(type as ts.TypeReference)[0];
    if (!item || !flatSupported(this.checker, item, depth) || !arrayElementKind(this.checker, this.checker.getTypeAtLocation(call))) {
      return (this.unsupported(call, `flat() over a '${this.checker.typeToString(type)}'`), false);
    }
    return true;
  }

  /** new Map(xs) where xs is an array: its elements must be arrays (the [key, value] pairs). */
  private mapEntriesOk(a: ts.Expression): boolean {
    const src = iterSource(this.checker, a);
    if (src?.form !== 'array' || src.mode !== 'values') return true;
    const t = this.checker.getTypeAtLocation(a);
    const entry = this.checker.getTypeArguments(t as ts.TypeReference)[0];
    if (entry && isArrayType(this.checker, entry) && arrayElementKind(this.checker, entry)) return true;
    this.unsupported(a, `Initialising a Map from a '${this.checker.typeToString(t)}' (an array of [key, value] arrays is supported)`);
    return false;
  }

  /** Map<K, V> and Set<T> need representable K, V and T. */
  /**
   * `new Map()` / `new Set()` without type arguments or initialiser is typed
   * Map<any, any>, but nothing has entered it and every Map is laid out the
   * same: fine where it is printed or stored into a properly typed place.
   */
  private emptyUntypedCollection(node: ts.NewExpression): boolean {
    if (node.typeArguments || node.arguments?.length) return false;
    const p = node.parent;
    if (ts.isCallExpression(p) && consoleMethod(this.checker, p)) return true;
    const target = ts.isBinaryExpression(p) && p.operatorToken.kind === SK.EqualsToken && p.right === node ? this.checker.getTypeAtLocation(p.left)
      : ts.isVariableDeclaration(p) && p.type ? this.checker.getTypeFromTypeNode(p.type)
      : ts.isReturnStatement(p) || ts.isPropertyAssignment(p) ? this.checker.getContextualType(node) : undefined;
    const coll = target && this.checker.getNonNullableType(target);
    return coll !== undefined && collectionOf(coll) !== undefined &&
      this.checker.getTypeArguments(coll as ts.TypeReference).every((t) => kindOfType(t) !== undefined);
  }

  private collectionTypesOk(type: ts.Type, at: ts.Node): boolean {
    const args = this.checker.getTypeArguments(type as ts.TypeReference);
    const bad = args.find((t) => !kindOfType(t));
    if (bad) {
      this.report(Code.UnsupportedType, at, `A collection of '${this.checker.typeToString(bad)}' is not supported by tsxen yet.`);
      return false;
    }
    return true;
  }

  /** `...xs` where xs is iterable: an array, a string, a Map or Set, or one of their iterator calls. */
  private spreadOfArray(e: ts.SpreadElement): boolean {
    const t = this.checker.getTypeAtLocation(e.expression);
    if (isTypedArrayIteration(this.checker, e.expression)) return (this.expression(e.expression, false), true);
    if (!iterSource(this.checker, e.expression)) {
      this.unsupported(e, `Spreading a '${this.checker.typeToString(t)}'`);
      return false;
    }
    this.expression(e.expression, false);
    return true;
  }

  /**
   * A call of a top-level generic function: binding its type parameters at
   * this call may reject it (a function argument whose kinds cannot meet the
   * copy's, a `keyof` key that is not a literal: lower/generics.ts).
   */
  private genericCallBinds(node: ts.CallExpression): boolean {
    if (!ts.isIdentifier(node.expression)) return true;
    const decl = this.checker.getSymbolAtLocation(node.expression)?.valueDeclaration;
    if (!decl || !ts.isFunctionDeclaration(decl) || !decl.typeParameters || !decl.body || !ts.isSourceFile(decl.parent)) return true;
    try {
      bindTypeParameters({ checker: this.checker }, decl, node);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.diags.push(...e.diagnostics);
      return false;
    }
    return true;
  }

  /** `...rest` in an object pattern: its keys must be known at compile time (lower/objectrest.ts). */
  private objectRest(el: ts.BindingElement): boolean {
    if (mayHoldAccessorLiteral(this.checker, this.checker.getTypeAtLocation(el.parent), this.accessorLiterals, true)) {
      return (this.unsupported(el, 'A rest element over a value that may be an object literal with getters or setters'), false);
    }
    let problem: string | undefined;
    try {
      problem = objectRestProblem(this.checker, el);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.diags.push(...e.diagnostics);
      return false;
    }
    if (problem) return (this.unsupported(el, problem), false);
    return true;
  }

  /** A destructuring pattern over a value of `type`. */
  private pattern(name: ts.BindingPattern, type: ts.Type): void {
    if (ts.isArrayBindingPattern(name)) {
      if (!isArrayType(this.checker, type) || !arrayElementKind(this.checker, type)) {
        return this.unsupported(name, `An array pattern over a '${this.checker.typeToString(type)}'`);
      }
    } else if (kindOfType(type) !== 'ref' || isArrayType(this.checker, type)) {
      return this.unsupported(name, `An object pattern over a '${this.checker.typeToString(type)}'`);
    }
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (ts.isObjectBindingPattern(name) && el.dotDotDotToken && !this.objectRest(el)) continue;
      if (el.propertyName && !ts.isIdentifier(el.propertyName) && !ts.isStringLiteral(el.propertyName)) { this.unsupported(el.propertyName, 'A computed key in a pattern'); continue; }
      if (el.initializer) this.expression(el.initializer, false);
      if (ts.isIdentifier(el.name)) this.valueType(el.name, `variable '${el.name.text}'`);
      else this.pattern(el.name, this.checker.getTypeAtLocation(el));
    }
    if (ts.isObjectBindingPattern(name) && !isDictionaryType(this.checker, type) && this.model.receivers(type).length === 0) {
      this.report(Code.UnsupportedType, name, `No class or object literal of this program can be a '${this.checker.typeToString(type)}'.`);
    }
  }

  private newExpression(node: ts.NewExpression): boolean {
    const sym = ts.isIdentifier(node.expression) ? this.checker.getSymbolAtLocation(node.expression) : undefined;
    const cls = this.model.isProgramClass(sym);
    if (cls && this.model.isAbstract(cls)) return (this.unsupported(node, 'Instantiating an abstract class'), false);
    const binary = checkBinaryDataNew(this.binaryData, node);
    if (binary !== undefined) return binary;
    if (cls?.typeParameters?.length && !typeArgumentKinds(this.checker, cls, this.checker.getTypeAtLocation(node))) {
      this.report(Code.UnsupportedType, node, `'${this.checker.typeToString(this.checker.getTypeAtLocation(node))}' is not supported: tsxen lays out one copy of a generic class per representation of its type arguments, and cannot represent one of these.`);
      return false;
    }
    const lib = libraryName(this.checker, node.expression);
    if (isNewPromise(this.checker, node)) {
      this.expression(node.arguments![0], false);
      return true;
    }
    const aggregate = aggregateErrorRule(this.checker, node);
    if (aggregate) return (this.report(Code.UnsupportedApi, node, `${aggregate} is not supported by tsxen yet.`), false);
    if (lib === 'Map' || lib === 'Set') {
      if (!this.emptyUntypedCollection(node) && !this.collectionTypesOk(this.checker.getTypeAtLocation(node), node)) return false;
      for (const a of node.arguments ?? []) {
        if (!iterSource(this.checker, a)) return (this.unsupported(a, `Initialising a ${lib} from a '${this.checker.typeToString(this.checker.getTypeAtLocation(a))}'`), false);
        if (lib === 'Map' && !this.mapEntriesOk(a)) return false;
        this.expression(a, false);
      }
      return true;
    }
    if (lib === 'Array') {
      const args = node.arguments ?? [];
      const made = this.checker.getTypeAtLocation(node);
      if (!arrayElementKind(this.checker, made)) {
        this.report(Code.UnsupportedType, node, `The element type of '${this.checker.typeToString(made)}' is not supported by tsxen yet (write new Array<T>(...)).`);
        return false;
      }
      const filled = ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === 'fill' && ts.isCallExpression(node.parent.parent);
      if (args.length === 0 || (args.length === 1 && filled)) {
        args.forEach((a) => this.expression(a, false));
        return true;
      }
      this.unsupported(node, 'new Array(n) without .fill(...) (it creates holes; tsxen arrays are dense)');
      return false;
    }
    if (!cls && !builtinErrorName(sym)) {
      const name = node.expression.getText();
      this.report(Code.UnsupportedApi, node, `'new ${name}' is not supported by tsxen yet.`);
      return false;
    }
    for (const a of node.arguments ?? []) {
      if (ts.isSpreadElement(a)) return (this.unsupported(a, 'Spread in a call'), false);
      this.expression(a, false);
    }
    return true;
  }

  /** `a.b` read, written or called: there must be such a member on every class that can be `a`. */
  private propertyAccess(node: ts.PropertyAccessExpression, mode: 'read' | 'write' | 'call'): boolean {
    const lib = libraryName(this.checker, node);
    if (lib && lib in CONSTANTS && mode === 'read') return true;
    if (this.isEnumObject(node.expression)) {
      if (mode !== 'read') return (this.unsupported(node, 'Assigning to an enum member'), false);
      return true;
    }
    const binary = checkBinaryDataMember(this.binaryData, node, mode);
    if (binary !== undefined) return binary;
    const name = node.name.text;
    const target = node.expression;
    if (target.kind === SK.SuperKeyword) {
      // super.x reads a getter of the base class (a field is not on the prototype: JS reads undefined).
      const base = this.currentClass && !this.inStatic ? this.model.base(this.currentClass) : undefined;
      if (mode === 'read' && base && this.model.forms(base, name).has('getter')) return true;
      this.unsupported(node, mode === 'call' ? 'This super call' : `Reading or writing '${name}' through super (only base-class getters are supported)`);
      return false;
    }
    // `this` in a static member (not inside a closure there) is the class it was called on.
    const staticThis = target.kind === SK.ThisKeyword && this.inStatic && !this.inStaticClosure ? this.currentClass : undefined;
    const staticCls = staticThis ?? (ts.isIdentifier(target) ? this.model.isProgramClass(this.checker.getSymbolAtLocation(target)) : undefined);
    if (staticCls) return this.staticMember(staticCls, name, mode, node);
    // Through `?.`, the object's null and undefined leave the chain: check the rest on the non-null type.
    const type = node.questionDotToken ? this.checker.getNonNullableType(this.checker.getTypeAtLocation(target)) : this.checker.getTypeAtLocation(target);
    const kind = kindOfType(type);
    if (kind === 'string' && name === 'length' && mode === 'read') return this.expressionForm(target) || true;
    if (collectionOf(type)) {
      if (!this.expressionForm(target)) return false;
      const ok = (mode === 'read' && name === 'size') || (mode === 'call' && MAP_METHODS.has(name) &&
        (!['keys', 'values', 'entries'].includes(name) || isIterationPosition(node.parent as ts.Expression)));
      if (!ok) this.report(Code.UnsupportedApi, node, `'${collectionOf(type)}.prototype.${name}' ${name === 'keys' || name === 'values' || name === 'entries' ? 'outside for-of, spread and Array.from ' : ''}is not supported by tsxen yet.`);
      return ok;
    }
    if (isArrayType(this.checker, type)) {
      if (!this.expressionForm(target)) return false;
      const iterator = ['keys', 'values', 'entries'].includes(name);
      if (mode === 'call' && name === 'flat' && !this.flatOk(node, type)) return false;
      if (mode === 'call' && name === 'flatMap') {
        const call = node.parent as ts.CallExpression;
        const r = call.arguments[0] && callbackResultType(this.checker, call.arguments[0]);
        if (!r || call.arguments.length > 1 || !flatSupported(this.checker, r, 1) || !arrayElementKind(this.checker, this.checker.getTypeAtLocation(call))) {
          return (this.unsupported(call, 'This flatMap() call'), false);
        }
      }
      const ok = (mode !== 'call' && name === 'length') || (mode === 'call' && (ARRAY_METHODS.has(name) || EXTRA_ARRAY_METHODS.has(name))) ||
        (mode === 'call' && iterator && isIterationPosition(node.parent as ts.Expression));
      if (!ok) this.report(Code.UnsupportedApi, node, `'Array.prototype.${name}' ${mode === 'write' ? 'assignment ' : iterator ? 'outside for-of, spread and Array.from ' : ''}is not supported by tsxen yet.`);
      return ok;
    }
    if (type.flags & ts.TypeFlags.Any) return (this.expression(target, false), false); // reported there (TSX1004)
    if (kind !== 'ref') {
      this.report(Code.UnsupportedApi, node, `'${node.getText()}' is not supported by tsxen yet.`);
      return false;
    }
    if (this.isRecord(target)) {
      if (mode === 'call' || node.questionDotToken) return (this.unsupported(node, 'Calling a member of a record or reading it through ?.'), false);
      this.expression(target, false);
      return true;
    }
    if (!this.expressionForm(target)) return false;
    if (builtinErrorName(type.getSymbol())) {
      const ok = (name === 'message' || name === 'name' || (name === 'errors' && builtinErrorName(type.getSymbol()) === 'AggregateError')) && mode !== 'call';
      if (!ok) this.unsupported(node.name, `'${name}' of an Error`);
      return ok;
    }
    // `x.length` with `T extends { length: number }`: strings, arrays and objects with a length (lower/lengthconstraint.ts).
    if (name === 'length' && mode === 'read' && isLengthConstrained(this.checker, type)) return true;
    const receivers = this.model.receivers(type);
    if (receivers.length === 0) {
      this.report(Code.UnsupportedType, target, `No class or object literal of this program can be a '${this.checker.typeToString(type)}', so tsxen cannot lay it out.`);
      return false;
    }
    const member = this.checker.getSymbolAtLocation(node.name);
    const callsField = mode === 'call' && member !== undefined && (member.flags & ts.SymbolFlags.Property) !== 0;
    const want = mode === 'read' || callsField ? ['field', 'getter'] : mode === 'write' ? ['field', 'setter'] : ['method'];
    const optional = ((member?.flags ?? 0) & ts.SymbolFlags.Optional) !== 0;
    for (const c of receivers) {
      if (mode !== 'call' && 'kind' in c && ts.isObjectLiteralExpression(c) && c.properties.some((p) => isLiteralMethod(p) && !isLiteralAccessor(p) && p.name && memberText(p.name) === name && usesThis(p))) {
        // Its `this` is bound to the literal; a JS method's would be the receiver of each call.
        this.unsupported(node.name, `Using the method '${name}', which refers to 'this', other than by calling it`);
        return false;
      }
      const forms = this.model.forms(c, name);
      if (forms.size === 0 && optional && mode === 'read') continue; // reads as undefined
      if (![...forms].some((f) => want.includes(f))) {
        if (mode === 'read' && forms.has('method')) {
          this.unsupported(node.name, `Reading the method '${name}' as a value (in JS it loses 'this'; use '${target.getText()}.${name}.bind(${target.getText()})', an arrow function or an arrow-function field)`);
          return false;
        }
        const what = mode === 'call' ? `Calling '${name}'` : `${mode === 'read' ? 'Reading' : 'Writing'} '${name}'`;
        this.unsupported(node.name, `${what} on a '${this.model.shapeName(c)}' (as a ${[...forms].join('/') || 'missing member'})`);
        return false;
      }
    }
    return true;
  }

  /** `a[i]` on an array (strings and other indexables come later). */
  private elementAccess(node: ts.ElementAccessExpression): boolean {
    if (this.isEnumObject(node.expression)) {
      const decl = this.checker.getSymbolAtLocation(node.expression)!.valueDeclaration as ts.EnumDeclaration;
      const numeric = decl.members.every((m) => typeof this.checker.getConstantValue(m) === 'number');
      if (!numeric || (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Const) !== 0 || this.isWriteTarget(node)) {
        this.unsupported(node, 'This enum lookup (only reading the name of a numeric, non-const enum value is)');
        return false;
      }
      this.expression(node.argumentExpression, false);
      return true;
    }
    const raw = this.checker.getTypeAtLocation(node.expression);
    const type = node.questionDotToken ? this.checker.getNonNullableType(raw) : raw;
    if (this.isRecord(node.expression) && !node.questionDotToken) {
      this.expression(node.expression, false);
      return this.recordKey(node.argumentExpression);
    }
    if (kindOfType(type) === 'string' && ts.isElementAccessExpression(node) && !this.isWriteTarget(node)) {
      this.expression(node.expression, false);
      this.expression(node.argumentExpression, false);
      return true;
    }
    const binary = checkBinaryDataIndex(this.binaryData, node);
    if (binary !== undefined) return binary;
    // o[k] with k: K extends keyof T, in a top-level generic function (a copy per literal key).
    if (isKeyParameter(this.checker, this.checker.getTypeAtLocation(node.argumentExpression)) && !this.isWriteTarget(node)) {
      if (!keyedFunctionOf(node)) return (this.unsupported(node, "Indexing with a 'keyof' type parameter outside a top-level generic function"), false);
      this.expression(node.expression, false);
      this.expression(node.argumentExpression, false);
      return true;
    }
    if (!isArrayType(this.checker, type)) {
      this.unsupported(node, `Indexing a '${this.checker.typeToString(type)}' with [...]`);
      return false;
    }
    this.expression(node.expression, false);
    const indexKind = kindOfType(this.checker.getTypeAtLocation(node.argumentExpression));
    if (indexKind !== 'number') return (this.unsupported(node.argumentExpression, 'An array index that is not a number'), false);
    this.expression(node.argumentExpression, false);
    return true;
  }

  /** The identifier of an enum declared in this program (`Color` in `Color.Red`). */
  private isEnumObject(node: ts.Expression): boolean {
    const decl = ts.isIdentifier(node) ? this.checker.getSymbolAtLocation(node)?.valueDeclaration : undefined;
    return decl !== undefined && ts.isEnumDeclaration(decl);
  }

  private isWriteTarget(node: ts.Expression): boolean {
    const p = node.parent;
    return (ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= SK.FirstAssignment && p.operatorToken.kind <= SK.LastAssignment) ||
      ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken));
  }

  private staticMember(cls: ts.ClassDeclaration, name: string, mode: 'read' | 'write' | 'call', at: ts.Node): boolean {
    for (let c: ts.ClassDeclaration | undefined = cls; c; c = this.model.base(c)) {
      const m = c.members.find((x) => x.name && memberText(x.name) === name && isStaticMember(x));
      if (!m) continue;
      const ok = mode === 'call' ? ts.isMethodDeclaration(m)
        : ts.isPropertyDeclaration(m) || (mode === 'read' ? ts.isGetAccessorDeclaration(m) : ts.isSetAccessorDeclaration(m)) ||
          // an accessor pair: the other half is another member of the same name
          c.members.some((x) => x.name && memberText(x.name) === name && isStaticMember(x) && (mode === 'read' ? ts.isGetAccessorDeclaration(x) : ts.isSetAccessorDeclaration(x)));
      if (ok) return true;
      break;
    }
    this.unsupported(at, `This use of the static member '${name}'`);
    return false;
  }

  private unary(node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression): boolean {
    const op = node.operator;
    if (op === SK.PlusPlusToken || op === SK.MinusMinusToken) return this.assignTarget(node.operand);
    this.expression(node.operand, false);
    if (op === SK.PlusToken || op === SK.MinusToken || op === SK.TildeToken) {
      const type = this.checker.getTypeAtLocation(node.operand);
      const kind = kindOfType(type);
      // ToNumber of a union that may hold an object would need the object's own valueOf/toString at run time.
      const mayHoldObject = kind === 'value' && (type.flags & ts.TypeFlags.Unknown ||
        (type.isUnion() && type.types.some((t) => kindOfType(t) === 'ref')));
      if (!kind || mayHoldObject) {
        this.report(Code.UnsupportedType, node, `The unary '${ts.tokenToString(op)}' operator on a '${this.checker.typeToString(type)}' is not supported by tsxen yet; narrow it or convert with Number(...) first.`);
        return false;
      }
    }
    return true;
  }

  private binary(node: ts.BinaryExpression): boolean {
    const op = node.operatorToken.kind;
    if (!ALLOWED_BINARY.has(op)) {
      this.unsupported(node.operatorToken, `The '${node.operatorToken.getText()}' operator`);
      return false;
    }
    if (op === SK.InKeyword && this.isRecord(node.right)) {
      this.expression(node.right, false);
      return this.recordKey(node.left);
    }
    if (op === SK.InKeyword) {
      if (!this.accessorFlow(node.right, "An 'in' test", true)) return false;
      const rightType = this.checker.getTypeAtLocation(node.right);
      if (!ts.isStringLiteral(node.left) || kindOfType(rightType) !== 'ref' || isArrayType(this.checker, rightType) || collectionOf(rightType)) {
        this.unsupported(node, "This 'in' test (a string literal key and an object of this program's classes or literals are supported)");
        return false;
      }
      this.expression(node.right, false);
      if (this.model.receivers(rightType).length === 0) {
        this.report(Code.UnsupportedType, node.right, `No class or object literal of this program can be a '${this.checker.typeToString(rightType)}'.`);
        return false;
      }
      return true;
    }
    if (op === SK.InstanceOfKeyword) {
      this.expression(node.left, false);
      const rightSym = ts.isIdentifier(node.right) ? this.checker.getSymbolAtLocation(node.right) : undefined;
      if (!this.model.isProgramClass(rightSym) && !builtinErrorName(rightSym)) {
        this.unsupported(node.right, "An 'instanceof' whose right side is not a class of this program");
        return false;
      }
      return true;
    }
    if ((op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken) && this.looseEqualityNeedsConversion(node)) {
      this.unsupported(node, `'${node.operatorToken.getText()}' between an object that defines toString or valueOf and a primitive (use === or convert explicitly)`);
      return false;
    }
    if (nullishFallbackDropped(this.checker, node) && this.isRecordRead(node.left) && !toleratesUndefined(this.checker, node)) {
      this.report(Code.UnsupportedType, node, `'${node.getText()}' has the type of the record's values ('${this.checker.typeToString(this.checker.getTypeAtLocation(node))}'), which cannot hold the fallback '${node.right.getText()}' when the key is missing. Give the fallback the values' type, or test the key with 'in' first.`);
      return false;
    }
    if (op === SK.EqualsToken && isAssignmentPattern(node.left)) {
      this.expression(node.right, false);
      return this.assignmentPattern(node.left, this.checker.getTypeAtLocation(node.right));
    }
    if (ASSIGNMENTS.has(op)) {
      if (!this.assignTarget(node.left)) return false;
    } else {
      this.expression(node.left, op === SK.CommaToken);
    }
    this.expression(node.right, op === SK.CommaToken);
    return true;
  }

  /** `a == b` where one side may be an object whose own toString/valueOf JS would call. */
  private looseEqualityNeedsConversion(node: ts.BinaryExpression): boolean {
    const l = this.checker.getTypeAtLocation(node.left);
    const r = this.checker.getTypeAtLocation(node.right);
    return (this.mayConvertItself(l) && this.mayBePrimitive(r)) || (this.mayConvertItself(r) && this.mayBePrimitive(l));
  }

  private mayConvertItself(t: ts.Type): boolean {
    if (t.flags & ts.TypeFlags.Unknown) return this.model.classes.some((c) => this.model.declaresMethod(c, 'toString') || this.model.declaresMethod(c, 'valueOf'));
    if (t.isUnion()) return t.types.some((m) => this.mayConvertItself(m));
    return ['toString', 'valueOf'].some((name) => t.getProperty(name)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile) ?? false);
  }

  private mayBePrimitive(t: ts.Type): boolean {
    if (t.flags & ts.TypeFlags.Unknown) return true;
    if (t.isUnion()) return t.types.some((m) => this.mayBePrimitive(m));
    return (t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)) !== 0;
  }

  /** `[a, b] = ...` / `({ x, y: [p, q] = d } = ...)`: each leaf is an assignment target. */
  private assignmentPattern(node: ts.Expression, type: ts.Type): boolean {
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    if (!isAssignmentPattern(node)) return this.assignTarget(node);
    const leaf = (e: ts.Expression, t: ts.Type): boolean => {
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === SK.EqualsToken) {
        this.expression(e.right, false);
        e = e.left;
      }
      return isAssignmentPattern(e) ? this.assignmentPattern(e, t) : this.assignTarget(e);
    };
    if (ts.isArrayLiteralExpression(node)) {
      if (!isArrayType(this.checker, type) || !arrayElementKind(this.checker, type)) {
        this.unsupported(node, `An array pattern over a '${this.checker.typeToString(type)}'`);
        return false;
      }
      const elemType = this.checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
      return node.elements.every((el) => ts.isOmittedExpression(el) || (ts.isSpreadElement(el) ? this.assignTarget(el.expression) : leaf(el, elemType)));
    }
    if (kindOfType(type) !== 'ref' || isArrayType(this.checker, type) || (!isDictionaryType(this.checker, type) && this.model.receivers(type).length === 0)) {
      this.unsupported(node, `An object pattern over a '${this.checker.typeToString(type)}'`);
      return false;
    }
    for (const p of node.properties) {
      if (ts.isShorthandPropertyAssignment(p)) {
        if (p.objectAssignmentInitializer) this.expression(p.objectAssignmentInitializer, false);
        if (!this.identifier(p.name)) return false;
      } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        const sym = type.getProperty(p.name.text);
        if (!leaf(p.initializer, sym ? this.checker.getTypeOfSymbolAtLocation(sym, p) : type)) return false;
      } else {
        this.unsupported(p, ts.isSpreadAssignment(p) ? 'A rest element in an object assignment pattern' : 'This member of an object assignment pattern');
        return false;
      }
    }
    return true;
  }

  private assignTarget(node: ts.Expression): boolean {
    if (ts.isPropertyAccessExpression(node)) return this.propertyAccess(node, 'write');
    if (ts.isElementAccessExpression(node)) return this.elementAccess(node);
    if (!ts.isIdentifier(node)) {
      this.unsupported(node, 'Assignment to this kind of target');
      return false;
    }
    return this.identifier(node);
  }

  private call(node: ts.CallExpression): boolean {
    if (!this.genericCallBinds(node)) return false;
    const bound = boundMethodCall(this.checker, node);
    if (bound) return (this.expression(bound.expression, false), true); // x.m.bind(x)
    if (node.questionDotToken) {
      // f?.(): a function value that may be null or undefined (not a method, not a library function).
      const callee = node.expression;
      const member = ts.isPropertyAccessExpression(callee) ? this.checker.getSymbolAtLocation(callee.name) : undefined;
      const valueCallee = ts.isIdentifier(callee) ? !this.isLibrarySymbol(callee)
        : ts.isPropertyAccessExpression(callee) ? member !== undefined && (member.flags & ts.SymbolFlags.Property) !== 0 && !this.isLibraryMember(callee)
        : this.isFunctionValueCallee(callee);
      if (!valueCallee || node.arguments.some(ts.isSpreadElement)) return (this.unsupported(node, 'This optional call'), false);
      this.expression(callee, false);
      for (const a of node.arguments) this.expression(a, false);
      return true;
    }
    if (jsonCallName(this.checker, node)) {
      if (jsonCallName(this.checker, node) === 'stringify' && node.arguments[0] && !this.accessorFlow(node.arguments[0], 'JSON.stringify', false)) return false;
      return checkJsonCall(this.checker, node, (c, n, m) => this.report(c, n, m), (e) => this.expression(e, false));
    }
    const decl = this.checker.getResolvedSignature(node)?.getDeclaration();
    const restIndex = decl?.parameters.findIndex((p) => p.dotDotDotToken) ?? -1;
    const libraryCallee = decl !== undefined && decl.getSourceFile().isDeclarationFile;
    const variadicBuiltin = (() => {
      const lib = libraryName(this.checker, node.expression);
      return (lib !== undefined && isStaticBuiltin(lib)) || isArraySpreadCall(this.checker, node);
    })();
    for (const [i, a] of node.arguments.entries()) {
      if (!ts.isSpreadElement(a)) continue;
      if (libraryCallee && !variadicBuiltin) return (this.unsupported(a, 'Spread into a library method'), false);
      if (restIndex < 0 || i < restIndex) return (this.unsupported(a, 'Spread into parameters other than a rest parameter'), false);
      if (!this.spreadOfArray(a)) return false;
    }
    const asyncRule = asyncCallRule(this.checker, node);
    if (asyncRule !== undefined) {
      if (asyncRule) return (this.report(Code.UnsupportedApi, node, `${asyncRule} is not supported by tsxen yet.`), false);
      if (ts.isPropertyAccessExpression(node.expression) && !libraryName(this.checker, node.expression)) this.expression(node.expression.expression, false);
      for (const a of node.arguments) this.expression(a, true);
      return true;
    }
    if (consoleMethod(this.checker, node)) {
      for (const a of node.arguments) {
        this.expression(a, true);
        if (!ts.isSpreadElement(a)) this.accessorFlow(a, 'console output', false);
        if (isOpaqueAsyncValue(this.checker.getTypeAtLocation(a))) this.report(Code.UnsupportedApi, a, 'console.log of a Promise or a Timeout is not supported by tsxen yet.');
      }
      return true;
    }
    const callee = node.expression;
    const lib = libraryName(this.checker, callee);
    const binary = checkBinaryDataStaticCall(this.binaryData, lib, node);
    if (binary !== undefined) return binary;
    if (lib && isObjectStatic(lib)) return this.objectStatic(node, lib);
    if (lib && ARRAY_STATICS.has(lib)) return this.arrayStatic(lib, node);
    if (lib && isStaticBuiltin(lib)) {
      for (const a of node.arguments) this.expression(a, false);
      return true;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const rk = kindOfType(this.checker.getNonNullableType(this.checker.getTypeAtLocation(callee.expression)));
      const name = callee.name.text;
      if (rk === 'string' || rk === 'number') {
        const known = rk === 'string' ? name in STRING_METHODS || name === 'concat' || name === 'toString' || name === 'valueOf'
          : name in NUMBER_METHODS || name === 'valueOf';
        if (!known) return (this.report(Code.UnsupportedApi, callee, `'${rk === 'string' ? 'String' : 'Number'}.prototype.${name}' is not supported by tsxen yet.`), false);
        this.expression(callee.expression, false);
        const spec = rk === 'string' ? STRING_METHODS[name] : NUMBER_METHODS[name];
        node.arguments.forEach((a, i) => {
          this.expression(a, false);
          const want = spec?.args[i]?.kind.replace('?', '');
          const got = kindOfType(this.checker.getTypeAtLocation(a));
          if (want && got !== want) {
            this.report(Code.UnsupportedApi, a, `'${name}' with a ${got === 'ref' ? 'function or object' : got ?? 'value of this type'} argument is not supported by tsxen yet (a ${want} is).`);
          }
        });
        return true;
      }
    }
    if (callee.kind === SK.SuperKeyword) {
      for (const a of node.arguments) this.expression(a, false);
      return true;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      if (callee.expression.kind === SK.SuperKeyword && ts.findAncestor(node, (n) => ts.isArrowFunction(n) || ts.isClassLike(n)) && !ts.isClassLike(ts.findAncestor(node, (n) => ts.isArrowFunction(n) || ts.isClassLike(n))!)) {
        this.unsupported(callee, "'super.m()' inside an arrow function (call it from the method and capture the result, or add a method that makes the call)");
        return false;
      }
      const ok = callee.expression.kind === SK.SuperKeyword ? true : this.propertyAccess(callee, 'call');
      for (const a of node.arguments) this.expression(a, false);
      return ok;
    }
    if (ts.isIdentifier(callee)) {
      const decl = this.checker.getSymbolAtLocation(callee)?.valueDeclaration;
      if (decl && ts.isFunctionDeclaration(decl) && !decl.getSourceFile().isDeclarationFile) {
        for (const a of node.arguments) this.expression(a, false);
        return true;
      }
      if (intrinsicOf(this.checker, node)) return (node.arguments.forEach((a) => this.expression(a, false)), true);
      if (decl && decl.getSourceFile().isDeclarationFile) {
        if (callee.text !== 'eval') this.report(Code.UnsupportedApi, callee, `The function '${callee.text}' is not supported by tsxen yet.`);
        return false;
      }
      if (decl && (ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl) || ts.isFunctionExpression(decl))) {
        if (!this.identifier(callee)) return false;
        for (const a of node.arguments) this.expression(a, false);
        return true;
      }
    }
    if (this.isFunctionValueCallee(callee)) {
      // An IIFE, make()(x), fns[i](x), map.get(k)!(x): a call through whatever function value the callee evaluates to.
      this.expression(callee, false);
      for (const a of node.arguments) this.expression(a, false);
      return true;
    }
    this.unsupported(node, 'This kind of call');
    return false;
  }
}

/** Where a generic closure's type parameter appears other than bare (T, T | undefined) in its signature. */
function genericClosureProblem(checker: ts.TypeChecker, node: ts.SignatureDeclaration): { at: ts.Node; name: string; text: string } | undefined {
  const params = new Set((node.typeParameters ?? []).map((tp) => checker.getTypeAtLocation(tp)));
  const mentions = (t: ts.Type, depth: number): ts.Type | undefined => {
    if (params.has(t)) return t;
    if (depth > 3) return undefined;
    if (t.isUnionOrIntersection()) for (const m of t.types) { const f = mentions(m, depth + 1); if (f) return f; }
    if (t.flags & ts.TypeFlags.Object) {
      if ((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
        for (const a of checker.getTypeArguments(t as ts.TypeReference)) { const f = a !== t ? mentions(a, depth + 1) : undefined; if (f) return f; }
      }
      for (const sig of t.getCallSignatures()) {
        for (const p of sig.getParameters()) { const f = mentions(checker.getTypeOfSymbol(p), depth + 1); if (f) return f; }
        const f = mentions(checker.getReturnTypeOfSignature(sig), depth + 1);
        if (f) return f;
      }
      for (const p of t.getProperties()) { const f = mentions(checker.getTypeOfSymbol(p), depth + 1); if (f) return f; }
    }
    return undefined;
  };
  const bare = (t: ts.Type): boolean => params.has(t) || (t.isUnion() && t.types.every((m) => params.has(m) || (m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0));
  const sig = checker.getSignatureFromDeclaration(node);
  const slots: [ts.Node, ts.Type][] = node.parameters.map((p) => [p, checker.getTypeAtLocation(p)]);
  if (sig) slots.push([node.type ?? node, checker.getReturnTypeOfSignature(sig)]);
  for (const [at, t] of slots) {
    if (bare(t)) continue;
    const found = mentions(t, 0);
    if (found) return { at, name: checker.typeToString(found), text: checker.typeToString(t) };
  }
  return undefined;
}

/** `f` in `f(...)`. */
function isCallee(id: ts.Identifier): boolean {
  return ts.isCallExpression(id.parent) && id.parent.expression === id;
}

type MergeableDeclaration = ts.ModuleDeclaration | ts.ClassDeclaration | ts.FunctionDeclaration | ts.EnumDeclaration;

function isMergeable(node: ts.Node): node is MergeableDeclaration {
  return ts.isModuleDeclaration(node) || ts.isClassDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isEnumDeclaration(node);
}

/** A namespace with values in it (a type-only namespace has no runtime effect). */
function isInstantiated(node: ts.ModuleDeclaration): boolean {
  const body = node.body;
  if (!body) return false;
  if (ts.isModuleDeclaration(body)) return isInstantiated(body);
  return ts.isModuleBlock(body) && body.statements.some((s) => !ts.isInterfaceDeclaration(s) && !ts.isTypeAliasDeclaration(s));
}

function isLiteralKey(node: ts.Expression): boolean {
  return ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

function isPrototypeAccess(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): boolean {
  const name = ts.isPropertyAccessExpression(node)
    ? node.name.text
    : ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : '';
  if (name === '__proto__' || name === 'prototype') return true;
  const target = node.expression;
  return ts.isIdentifier(target) && (target.text === 'Object' || target.text === 'Reflect') &&
    (name === 'setPrototypeOf' || name === 'getPrototypeOf' || name === 'create' || name === 'defineProperty');
}
