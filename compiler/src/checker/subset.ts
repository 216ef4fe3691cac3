// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The subset checker: walks the type-checked program and reports, with a
// tsxen code, every construct the compiler does not implement. Lowering may
// assume that whatever passes here is in the subset. It is a whitelist: a
// node kind not named below is rejected.

import { asyncCallRule, isNewPromise, isOpaqueAsyncValue } from './async.js';
import ts from 'typescript';
import { Code, Diagnostic, tsxDiagnostic } from '../diagnostics.js';
import { kindOfType } from '../lower/kinds.js';
import { consoleMethod } from '../lower/console.js';
import { LoadedProgram } from '../program/load.js';
import { describeKind } from './names.js';
import { ClassModel, isStaticMember, memberText } from './members.js';
import { isArrayType, arrayElementKind } from '../lower/arrays.js';
import { ARRAY_METHODS } from '../lower/arraymethods.js';
import { MAP_METHODS, collectionOf } from '../lower/maps.js';
import { withTypeParameterKinds } from '../lower/kinds.js';
import { builtinErrorName } from '../lower/classes.js';
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

  constructor(private readonly checker: ts.TypeChecker) {}

  check(file: ts.SourceFile): Diagnostic[] {
    this.model = new ClassModel(this.checker, file);
    this.rejectEverywhere(file);
    for (const stmt of file.statements) this.statement(stmt, true);
    return this.diags;
  }

  private report(code: number, node: ts.Node, message: string): void {
    this.diags.push(tsxDiagnostic(code, node, message));
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
      } else if (ts.isElementAccessExpression(node) && !isLiteralKey(node.argumentExpression) && this.isObjectInstance(node.expression) && !this.isEnumObject(node.expression)) {
        this.report(Code.ComputedAccess, node, 'Property access with a computed key is not supported on objects: their shape is fixed at compile time. Use a literal key or a Map.');
      } else if (isMergeable(node) && this.mergesWithRuntimeEffect(node)) {
        this.report(Code.DeclarationMerging, node.name ?? node, `'${node.name?.getText()}' is declared more than once with a runtime effect (declaration merging is not supported). Give each declaration its own name.`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** An instance of a class or an object type (not an array, string or tuple). */
  private isObjectInstance(node: ts.Expression): boolean {
    const type = this.checker.getTypeAtLocation(node);
    return kindOfType(type) === 'ref' && !this.checker.isArrayLikeType(type);
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
        const iterated = this.checker.getTypeAtLocation(s.expression);
        const overCollection = collectionOf(iterated) ||
          (ts.isCallExpression(s.expression) && ts.isPropertyAccessExpression(s.expression.expression) && collectionOf(this.checker.getTypeAtLocation(s.expression.expression.expression)));
        if (!isArrayType(this.checker, iterated) && !overCollection) {
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
    if (node.modifiers?.length) return this.unsupported(node.modifiers[0], `The '${node.modifiers[0].getText()}' modifier`);
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
    const modifier = node.modifiers?.find((m) => m.kind !== SK.AsyncKeyword);
    if (modifier) return this.unsupported(modifier, `The '${modifier.getText()}' modifier`);
    if (node.typeParameters && topLevel) {
      // Checked with every type parameter as a tagged Value: each use site picks its own copy.
      const binding = new Map<ts.Type, 'value' | 'ref'>(node.typeParameters.map((tp) => {
        const t = this.checker.getTypeAtLocation(tp);
        const constraint = this.checker.getBaseConstraintOfType(t);
        return [t, constraint && kindOfType(constraint) === 'ref' ? 'ref' : 'value'];
      }));
      withTypeParameterKinds(binding, () => this.functionLike(node, true));
      return;
    }
    this.functionLike(node);
  }

  /** Function declarations, function expressions and arrow functions. */
  private functionLike(node: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction, genericOk = false): boolean {
    if (node.asteriskToken) return (this.unsupported(node, 'A generator function'), false);
    if (node.typeParameters && !genericOk) return (this.unsupported(node.typeParameters[0], 'A generic function other than a top-level declaration'), false);
    this.parameters(node.parameters, false);
    this.returnType(node);
    // `this` inside a function expression is its own (unsupported); arrows see the method's.
    const outerClass = this.currentClass;
    if (!ts.isArrowFunction(node)) this.currentClass = undefined;
    const body = node.body!;
    if (ts.isBlock(body)) body.statements.forEach((st) => this.statement(st, false));
    else this.expression(body, true);
    this.currentClass = outerClass;
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
    } else if (!kind || kind === 'void') {
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
    const type = this.checker.getTypeAtLocation(node);
    const kind = kindOfType(type);
    if (type.flags & ts.TypeFlags.Any) {
      this.reportAny(node, 'expression');
    } else if (!kind || (kind === 'void' && !voidOk)) {
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
      case SK.TypeOfExpression:
        this.expression((node as ts.TypeOfExpression).expression, true);
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
    if (ts.isFunctionDeclaration(decl) && ts.isSourceFile(decl.parent)) {
      this.unsupported(id, `Using the top-level function '${id.text}' as a value (wrap it in an arrow function)`);
      return false;
    }
    if (ts.isFunctionDeclaration(decl)) return true;
    if (ts.isClassDeclaration(decl)) {
      this.unsupported(id, `Using the class '${id.text}' as a value`);
      return false;
    }
    return ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl) ? true : (this.unsupported(id, `A reference to '${id.text}'`), false);
  }

  // ---- classes and members ---------------------------------------------

  private classDeclaration(node: ts.ClassDeclaration): void {
    if (!node.name) return this.unsupported(node, 'An anonymous class');
    if (node.typeParameters) return this.unsupported(node.typeParameters[0], 'A generic class');
    const ext = node.heritageClauses?.find((h) => h.token === SK.ExtendsKeyword)?.types[0];
    if (ext && !this.model.base(node) && !builtinErrorName(this.checker.getSymbolAtLocation(ext.expression))) return this.unsupported(ext, 'Extending something other than a class of this program');
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
        if (ts.isMethodDeclaration(m) && (m.asteriskToken || m.typeParameters)) return this.unsupported(m, 'A generic or generator method');
        this.parameters(m.parameters, false);
        this.returnType(m);
        m.body.statements.forEach((s) => this.statement(s, false));
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
    let ok = true;
    for (const p of node.properties) {
      if (ts.isSpreadAssignment(p)) { this.unsupported(p, 'Spread in an object literal'); ok = false; continue; }
      if (p.name && ts.isComputedPropertyName(p.name)) { this.unsupported(p.name, 'A computed property name'); ok = false; continue; }
      if (ts.isPropertyAssignment(p)) this.expression(p.initializer, false);
      else if (ts.isShorthandPropertyAssignment(p)) this.expression(p.name, false);
      else if (ts.isMethodDeclaration(p)) {
        if (p.asteriskToken || p.typeParameters) { this.unsupported(p, 'A generic or generator method'); ok = false; continue; }
        const outer = this.currentClass;
        this.currentClass = undefined; // `this` in an object-literal method is not supported
        this.parameters(p.parameters, false);
        this.returnType(p);
        p.body?.statements.forEach((st) => this.statement(st, false));
        this.currentClass = outer;
      } else { this.unsupported(p, 'An accessor in an object literal'); ok = false; }
    }
    return ok;
  }

  /** Whether a value of `type` may be or (shallowly) contain a Map or Set, which console.log cannot print yet. */
  private containsCollection(type: ts.Type, depth: number): boolean {
    if (depth === 0) return false;
    if (type.isUnion()) return type.types.some((t) => this.containsCollection(t, depth));
    if (collectionOf(type)) return true;
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    if (isArrayType(this.checker, type)) return this.checker.getTypeArguments(type as ts.TypeReference).some((t) => this.containsCollection(t, depth - 1));
    return type.getProperties().some((p) => this.containsCollection(this.checker.getTypeOfSymbol(p), depth - 1));
  }

  /** Map<K, V> and Set<T> need representable K, V and T. */
  private collectionTypesOk(type: ts.Type, at: ts.Node): boolean {
    const args = this.checker.getTypeArguments(type as ts.TypeReference);
    const bad = args.find((t) => !kindOfType(t));
    if (bad) {
      this.report(Code.UnsupportedType, at, `A collection of '${this.checker.typeToString(bad)}' is not supported by tsxen yet.`);
      return false;
    }
    return true;
  }

  /** `...xs` where xs is an array (strings, Maps and Sets come later). */
  private spreadOfArray(e: ts.SpreadElement): boolean {
    const t = this.checker.getTypeAtLocation(e.expression);
    if (!isArrayType(this.checker, t) || !arrayElementKind(this.checker, t)) {
      this.unsupported(e, `Spreading a '${this.checker.typeToString(t)}'`);
      return false;
    }
    this.expression(e.expression, false);
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
      if (ts.isObjectBindingPattern(name) && el.dotDotDotToken) { this.unsupported(el, 'A rest element in an object pattern'); continue; }
      if (el.propertyName && !ts.isIdentifier(el.propertyName) && !ts.isStringLiteral(el.propertyName)) { this.unsupported(el.propertyName, 'A computed key in a pattern'); continue; }
      if (el.initializer) this.expression(el.initializer, false);
      if (ts.isIdentifier(el.name)) this.valueType(el.name, `variable '${el.name.text}'`);
      else this.pattern(el.name, this.checker.getTypeAtLocation(el));
    }
    if (ts.isObjectBindingPattern(name) && this.model.receivers(type).length === 0) {
      this.report(Code.UnsupportedType, name, `No class or object literal of this program can be a '${this.checker.typeToString(type)}'.`);
    }
  }

  private newExpression(node: ts.NewExpression): boolean {
    const sym = ts.isIdentifier(node.expression) ? this.checker.getSymbolAtLocation(node.expression) : undefined;
    const cls = this.model.isProgramClass(sym);
    if (cls && this.model.isAbstract(cls)) return (this.unsupported(node, 'Instantiating an abstract class'), false);
    const lib = libraryName(this.checker, node.expression);
    if (isNewPromise(this.checker, node)) {
      this.expression(node.arguments![0], false);
      return true;
    }
    if (lib === 'Map' || lib === 'Set') {
      if (!this.collectionTypesOk(this.checker.getTypeAtLocation(node), node)) return false;
      for (const a of node.arguments ?? []) this.expression(a, false);
      return true;
    }
    if (lib === 'Array') {
      const args = node.arguments ?? [];
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
    const name = node.name.text;
    const target = node.expression;
    const staticCls = ts.isIdentifier(target) ? this.model.isProgramClass(this.checker.getSymbolAtLocation(target)) : undefined;
    if (staticCls) return this.staticMember(staticCls, name, mode, node);
    // Through `?.`, the object's null and undefined leave the chain: check the rest on the non-null type.
    const type = node.questionDotToken ? this.checker.getNonNullableType(this.checker.getTypeAtLocation(target)) : this.checker.getTypeAtLocation(target);
    const kind = kindOfType(type);
    if (kind === 'string' && name === 'length' && mode === 'read') return this.expressionForm(target) || true;
    if (collectionOf(type)) {
      if (!this.expressionForm(target)) return false;
      const ok = (mode === 'read' && name === 'size') || (mode === 'call' && MAP_METHODS.has(name) &&
        (!['keys', 'values', 'entries'].includes(name) || ts.isForOfStatement(node.parent.parent)));
      if (!ok) this.report(Code.UnsupportedApi, node, `'${collectionOf(type)}.prototype.${name}' ${name === 'keys' || name === 'values' || name === 'entries' ? 'outside a for-of ' : ''}is not supported by tsxen yet.`);
      return ok;
    }
    if (isArrayType(this.checker, type)) {
      if (!this.expressionForm(target)) return false;
      const ok = (mode === 'read' && name === 'length') || (mode === 'call' && ARRAY_METHODS.has(name));
      if (!ok) this.report(Code.UnsupportedApi, node, `'Array.prototype.${name}' ${mode === 'write' ? 'assignment ' : ''}is not supported by tsxen yet.`);
      return ok;
    }
    if (kind !== 'ref') {
      this.report(Code.UnsupportedApi, node, `'${node.getText()}' is not supported by tsxen yet.`);
      return false;
    }
    if (!this.expressionForm(target)) return false;
    if (builtinErrorName(type.getSymbol())) {
      const ok = (name === 'message' || name === 'name') && mode !== 'call';
      if (!ok) this.unsupported(node.name, `'${name}' of an Error`);
      return ok;
    }
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
      const forms = this.model.forms(c, name);
      if (forms.size === 0 && optional && mode === 'read') continue; // reads as undefined
      if (![...forms].some((f) => want.includes(f))) {
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
    if (kindOfType(type) === 'string' && ts.isElementAccessExpression(node) && !this.isWriteTarget(node)) {
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
      if (mode === 'call' ? ts.isMethodDeclaration(m) : ts.isPropertyDeclaration(m)) return true;
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
      const kind = kindOfType(this.checker.getTypeAtLocation(node.operand));
      if (kind !== 'number') {
        this.report(Code.UnsupportedType, node, `The unary '${ts.tokenToString(op)}' operator on a ${kind ?? 'value'} is not supported by tsxen yet; convert with Number(...) first.`);
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
    if (op === SK.InKeyword) {
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
    if (ASSIGNMENTS.has(op)) {
      if (!this.assignTarget(node.left)) return false;
    } else {
      this.expression(node.left, op === SK.CommaToken);
    }
    this.expression(node.right, op === SK.CommaToken);
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
    if (node.questionDotToken) {
      // f?.(): a function value that may be null or undefined (not a method, not a library function).
      const callee = node.expression;
      const member = ts.isPropertyAccessExpression(callee) ? this.checker.getSymbolAtLocation(callee.name) : undefined;
      const valueCallee = ts.isIdentifier(callee) || (member !== undefined && (member.flags & ts.SymbolFlags.Property) !== 0);
      if (!valueCallee || node.arguments.some(ts.isSpreadElement)) return (this.unsupported(node, 'This optional call'), false);
      this.expression(callee, false);
      for (const a of node.arguments) this.expression(a, false);
      return true;
    }
    const decl = this.checker.getResolvedSignature(node)?.getDeclaration();
    const restIndex = decl?.parameters.findIndex((p) => p.dotDotDotToken) ?? -1;
    const libraryCallee = decl !== undefined && decl.getSourceFile().isDeclarationFile;
    const variadicBuiltin = (() => {
      const lib = libraryName(this.checker, node.expression);
      return lib !== undefined && isStaticBuiltin(lib);
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
        if (isOpaqueAsyncValue(this.checker.getTypeAtLocation(a))) this.report(Code.UnsupportedApi, a, 'console.log of a Promise or a Timeout is not supported by tsxen yet.');
        if (this.containsCollection(this.checker.getTypeAtLocation(a), 3)) {
          this.report(Code.UnsupportedApi, a, 'console.log of a Map or Set is not supported by tsxen yet (log its entries instead).');
        }
      }
      return true;
    }
    const callee = node.expression;
    const lib = libraryName(this.checker, callee);
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
      if (decl && decl.getSourceFile().isDeclarationFile) {
        if (callee.text !== 'eval') this.report(Code.UnsupportedApi, callee, `The function '${callee.text}' is not supported by tsxen yet.`);
        return false;
      }
      if (decl && (ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl) || ts.isParameter(decl))) {
        if (!this.identifier(callee)) return false;
        for (const a of node.arguments) this.expression(a, false);
        return true;
      }
    }
    this.unsupported(node, 'This kind of call');
    return false;
  }
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
