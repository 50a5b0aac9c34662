import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { ModulesContainer } from '@nestjs/core';
import { routeAccess } from './route-access';

export interface UndeclaredRoute {
  controller: string;
  handler: string;
  method: string;
  path: string;
}

/**
 * Every controller method in the module graph that declares neither @Public() nor @Roles(...).
 * Such a route answers 403 to everyone (the guard fails closed), so a non-empty answer is a bug.
 * Works on a graph built with `preview: true`: it reads metadata only, never instances.
 */
export function findUndeclaredRoutes(modules: ModulesContainer): UndeclaredRoute[] {
  const seen = new Set<unknown>();
  const undeclared: UndeclaredRoute[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      undeclared.push(...undeclaredHandlers(controller));
    }
  }
  return undeclared;
}

function undeclaredHandlers(controller: new (...args: never[]) => unknown): UndeclaredRoute[] {
  const found: UndeclaredRoute[] = [];
  const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
  for (const [name, handler] of handlersOf(controller.prototype as object)) {
    if (routeAccess(handler, controller).kind !== 'undeclared') continue;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
    const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')]
      .flatMap((part) => part.split('/'))
      .filter(Boolean)
      .join('/');
    found.push({ controller: controller.name, handler: name, method: RequestMethod[method], path: `/${path}` });
  }
  return found;
}

/** Route handlers (methods carrying a request method), including inherited ones. */
function handlersOf(prototype: object): [string, object][] {
  const handlers = new Map<string, object>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const value = Object.getOwnPropertyDescriptor(p, name)?.value as unknown;
      if (name === 'constructor' || typeof value !== 'function' || handlers.has(name)) continue;
      if (Reflect.getMetadata(METHOD_METADATA, value) !== undefined) handlers.set(name, value);
    }
  }
  return [...handlers];
}
