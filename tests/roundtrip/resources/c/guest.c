// The guest's `gadget` and the exports around the host's `counter`. Borrows
// of host counters that an export receives end (`_drop_borrow`) before it
// returns; own handles are dropped or passed on; gadgets are counted.
#include <stdlib.h>
#include <string.h>

#include "resources.h"

#define RUN(name) exports_test_resources_run_##name
#define HOST(name) test_resources_host_##name

typedef HOST(own_counter_t) own_counter_t;
typedef HOST(borrow_counter_t) borrow_counter_t;
typedef RUN(gadget_t) gadget_t;
typedef RUN(own_gadget_t) own_gadget_t;

struct exports_test_resources_run_gadget_t {
  resources_string_t label;
  bool has_counter;
  own_counter_t counter;
};

static uint32_t live_gadgets;

static resources_string_t copy_string(const resources_string_t *s) {
  resources_string_t out = {NULL, s->len};
  if (s->len > 0) {
    out.ptr = malloc(s->len);
    memcpy(out.ptr, s->ptr, s->len);
  }
  return out;
}

/// A new gadget that owns `label`.
static own_gadget_t make_gadget(resources_string_t label) {
  gadget_t *gadget = malloc(sizeof *gadget);
  gadget->label = label;
  gadget->has_counter = false;
  live_gadgets++;
  return RUN(gadget_new)(gadget);
}

static uint32_t counter_value(own_counter_t c) {
  return HOST(method_counter_get)(HOST(borrow_counter)(c));
}

void RUN(gadget_destructor)(gadget_t *gadget) {
  resources_string_free(&gadget->label);
  if (gadget->has_counter) {
    HOST(counter_drop_own)(gadget->counter);
  }
  free(gadget);
  live_gadgets--;
}

own_gadget_t RUN(constructor_gadget)(resources_string_t *label) { return make_gadget(*label); }

void RUN(method_gadget_label)(RUN(borrow_gadget_t) self, resources_string_t *ret) {
  *ret = copy_string(&self->label);
}

void RUN(method_gadget_rename)(RUN(borrow_gadget_t) self, resources_string_t *label) {
  resources_string_free(&self->label);
  self->label = *label;
}

own_gadget_t RUN(static_gadget_merge)(RUN(borrow_gadget_t) a, own_gadget_t b) {
  gadget_t *other = RUN(gadget_rep)(b);
  resources_string_t label = {malloc(a->label.len + 1 + other->label.len), a->label.len + 1 + other->label.len};
  memcpy(label.ptr, a->label.ptr, a->label.len);
  label.ptr[a->label.len] = '+';
  memcpy(label.ptr + a->label.len + 1, other->label.ptr, other->label.len);
  RUN(gadget_drop_own)(b);
  return make_gadget(label);
}

void RUN(method_gadget_attach)(RUN(borrow_gadget_t) self, own_counter_t c) {
  if (self->has_counter) {
    HOST(counter_drop_own)(self->counter);
  }
  self->counter = c;
  self->has_counter = true;
}

bool RUN(method_gadget_attached)(RUN(borrow_gadget_t) self, uint32_t *ret) {
  if (!self->has_counter) {
    return false;
  }
  *ret = counter_value(self->counter);
  return true;
}

uint32_t RUN(live_gadgets)(void) { return live_gadgets; }

own_gadget_t RUN(pass_gadget)(own_gadget_t g) { return g; }

void RUN(gadget_label)(RUN(borrow_gadget_t) g, resources_string_t *ret) { *ret = copy_string(&g->label); }

own_counter_t RUN(new_counter)(uint32_t start) { return HOST(constructor_counter)(start); }

own_counter_t RUN(make_counter)(uint32_t start) { return HOST(static_counter_make)(start); }

void RUN(read_counter)(borrow_counter_t c, resources_tuple2_u32_u32_t *ret) {
  ret->f0 = HOST(method_counter_get)(c);
  ret->f1 = HOST(peek)(c);
  HOST(counter_drop_borrow)(c);
}

void RUN(bump_counter)(borrow_counter_t c, uint32_t by) {
  HOST(method_counter_set)(c, HOST(method_counter_get)(c) + by);
  HOST(counter_drop_borrow)(c);
}

uint32_t RUN(consume_counter)(own_counter_t c) { return HOST(consume)(c); }

void RUN(drop_counter)(own_counter_t c) { HOST(counter_drop_own)(c); }

own_counter_t RUN(return_counter)(own_counter_t c) { return c; }

uint32_t RUN(scratch_counter)(uint32_t start) {
  own_counter_t c = HOST(constructor_counter)(start);
  uint32_t value = counter_value(c);
  HOST(counter_drop_own)(c);
  return value;
}

uint32_t RUN(sum_counters)(RUN(list_own_counter_t) *cs) {
  uint32_t sum = 0;
  for (size_t i = 0; i < cs->len; i++) {
    sum += counter_value(cs->ptr[i]);
    HOST(counter_drop_own)(cs->ptr[i]);
  }
  RUN(list_own_counter_free)(cs);
  return sum;
}

void RUN(make_counters)(resources_list_u32_t *starts, RUN(list_own_counter_t) *ret) {
  ret->len = starts->len;
  ret->ptr = malloc(starts->len * sizeof *ret->ptr);
  for (size_t i = 0; i < starts->len; i++) {
    ret->ptr[i] = HOST(constructor_counter)(starts->ptr[i]);
  }
  resources_list_u32_free(starts);
}

bool RUN(maybe_gadget)(resources_string_t *label, own_gadget_t *ret) {
  if (label->len == 0) {
    resources_string_free(label);
    return false;
  }
  *ret = make_gadget(*label);
  return true;
}

void RUN(labels)(RUN(list_borrow_gadget_t) *gs, resources_list_string_t *ret) {
  ret->len = gs->len;
  ret->ptr = malloc(gs->len * sizeof *ret->ptr);
  for (size_t i = 0; i < gs->len; i++) {
    ret->ptr[i] = copy_string(&gs->ptr[i]->label);
  }
  RUN(list_borrow_gadget_free)(gs);
}

void RUN(peek_all)(RUN(list_borrow_counter_t) *cs, resources_list_u32_t *ret) {
  ret->len = cs->len;
  ret->ptr = malloc(cs->len * sizeof *ret->ptr);
  for (size_t i = 0; i < cs->len; i++) {
    ret->ptr[i] = HOST(peek)(cs->ptr[i]);
    HOST(counter_drop_borrow)(cs->ptr[i]);
  }
  RUN(list_borrow_counter_free)(cs);
}

void RUN(pack_counter)(resources_string_t *label, uint32_t start, RUN(pack_t) *ret) {
  ret->label = *label;
  ret->counter = HOST(constructor_counter)(start);
}

void RUN(unpack)(RUN(pack_t) *p, resources_tuple2_string_u32_t *ret) {
  ret->f0 = p->label;
  ret->f1 = counter_value(p->counter);
  HOST(counter_drop_own)(p->counter);
}

bool RUN(try_gadget)(resources_string_t *label, own_gadget_t *ret, resources_string_t *err) {
  if (label->len == 0) {
    resources_string_free(label);
    resources_string_dup(err, "empty label");
    return false;
  }
  *ret = make_gadget(*label);
  return true;
}
