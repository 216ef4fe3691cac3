// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// binary-trees: C baseline for bench/programs/binary-trees.ts (malloc/free).
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *left, *right; };

static struct node *bottom_up(int depth) {
  struct node *n = malloc(sizeof *n);
  if (depth > 0) {
    n->left = bottom_up(depth - 1);
    n->right = bottom_up(depth - 1);
  } else {
    n->left = n->right = NULL;
  }
  return n;
}

static long check(const struct node *n) {
  return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right);
}

static void release(struct node *n) {
  if (n->left) {
    release(n->left);
    release(n->right);
  }
  free(n);
}

int main(void) {
  const int max_depth = 17, stretch = max_depth + 1;
  struct node *t = bottom_up(stretch);
  printf("stretch tree of depth %d\t check: %ld\n", stretch, check(t));
  release(t);
  struct node *long_lived = bottom_up(max_depth);
  for (int depth = 4; depth <= max_depth; depth += 2) {
    long iterations = 1L << (max_depth - depth + 4), sum = 0;
    for (long i = 0; i < iterations; i++) {
      t = bottom_up(depth);
      sum += check(t);
      release(t);
    }
    printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, sum);
  }
  printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
  return 0;
}
