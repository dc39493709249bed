// `counters`, owned by C. Each counter's destructor records its label.
// Own handles received are dropped (or passed on) here; borrows of our own
// resources arrive as the representation and need no drop.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define COUNTERS(name) exports_compose_resources_counters_##name

typedef COUNTERS(own_counter_t) own_counter_t;
typedef COUNTERS(own_bag_t) own_bag_t;

struct exports_compose_resources_counters_counter_t {
  test_string_t label;
  int64_t value;
};

/// At most this many counters in a bag.
#define BAG_CAPACITY 16

struct exports_compose_resources_counters_bag_t {
  own_counter_t counters[BAG_CAPACITY];
  size_t size;
};

static uint32_t live;
/// Labels of destroyed counters not yet reported by `dropped`.
static test_list_string_t destroyed;

static own_counter_t make_counter(test_string_t label, int64_t value) {
  COUNTERS(counter_t) *counter = malloc(sizeof *counter);
  counter->label = label;
  counter->value = value;
  live++;
  return COUNTERS(counter_new)(counter);
}

static test_string_t copy_text(const char *s) {
  test_string_t out;
  test_string_dup(&out, s);
  return out;
}

void COUNTERS(counter_destructor)(COUNTERS(counter_t) *counter) {
  destroyed.ptr = realloc(destroyed.ptr, (destroyed.len + 1) * sizeof *destroyed.ptr);
  destroyed.ptr[destroyed.len++] = counter->label;
  free(counter);
  live--;
}

static int64_t value_of(own_counter_t c) { return COUNTERS(counter_rep)(c)->value; }

own_counter_t COUNTERS(constructor_counter)(test_string_t *label, int64_t start) {
  return make_counter(*label, start);
}

int64_t COUNTERS(method_counter_get)(COUNTERS(borrow_counter_t) self) { return self->value; }

void COUNTERS(method_counter_add)(COUNTERS(borrow_counter_t) self, int64_t by) { self->value += by; }

void COUNTERS(method_counter_label)(COUNTERS(borrow_counter_t) self, test_string_t *ret) {
  ret->len = self->label.len;
  ret->ptr = malloc(ret->len > 0 ? ret->len : 1);
  memcpy(ret->ptr, self->label.ptr, ret->len);
}

own_counter_t COUNTERS(static_counter_from_values)(test_string_t *label, test_list_s64_t *values) {
  int64_t sum = 0;
  for (size_t i = 0; i < values->len; i++) {
    sum += values->ptr[i];
  }
  test_list_s64_free(values);
  return make_counter(*label, sum);
}

own_counter_t COUNTERS(static_counter_merge)(COUNTERS(borrow_counter_t) a, own_counter_t b) {
  COUNTERS(counter_t) *other = COUNTERS(counter_rep)(b);
  test_string_t label = {malloc(a->label.len + 1 + other->label.len), a->label.len + 1 + other->label.len};
  memcpy(label.ptr, a->label.ptr, a->label.len);
  label.ptr[a->label.len] = '+';
  memcpy(label.ptr + a->label.len + 1, other->label.ptr, other->label.len);
  int64_t value = a->value + other->value;
  COUNTERS(counter_drop_own)(b);
  return make_counter(label, value);
}

own_counter_t COUNTERS(method_counter_split)(COUNTERS(borrow_counter_t) self, test_string_t *label) {
  return make_counter(*label, self->value);
}

own_bag_t COUNTERS(constructor_bag)(void) { return COUNTERS(bag_new)(calloc(1, sizeof(COUNTERS(bag_t)))); }

void COUNTERS(bag_destructor)(COUNTERS(bag_t) *bag) {
  for (size_t i = 0; i < bag->size; i++) {
    COUNTERS(counter_drop_own)(bag->counters[i]);
  }
  free(bag);
}

void COUNTERS(method_bag_put)(COUNTERS(borrow_bag_t) self, own_counter_t c) {
  if (self->size == BAG_CAPACITY) {
    fprintf(stderr, "the bag is full\n");
    abort();
  }
  self->counters[self->size++] = c;
}

bool COUNTERS(method_bag_take)(COUNTERS(borrow_bag_t) self, own_counter_t *ret) {
  if (self->size == 0) {
    return false;
  }
  *ret = self->counters[--self->size];
  return true;
}

uint32_t COUNTERS(method_bag_size)(COUNTERS(borrow_bag_t) self) { return (uint32_t)self->size; }

int64_t COUNTERS(method_bag_total)(COUNTERS(borrow_bag_t) self) {
  int64_t total = 0;
  for (size_t i = 0; i < self->size; i++) {
    total += value_of(self->counters[i]);
  }
  return total;
}

void COUNTERS(make_holder)(test_string_t *name, int64_t start, COUNTERS(holder_t) *ret) {
  test_string_t spare = {malloc(name->len + 6), name->len + 6};
  memcpy(spare.ptr, name->ptr, name->len);
  memcpy(spare.ptr + name->len, "-spare", 6);
  test_string_t label = {malloc(name->len > 0 ? name->len : 1), name->len};
  memcpy(label.ptr, name->ptr, name->len);
  ret->name = *name;
  ret->counter = make_counter(label, start);
  ret->spare.is_some = true;
  ret->spare.val = make_counter(spare, start + 1);
}

int64_t COUNTERS(open_holder)(COUNTERS(holder_t) *h) {
  int64_t total = value_of(h->counter) + (h->spare.is_some ? value_of(h->spare.val) : 0);
  // Freeing a record frees its strings; its handles are dropped here.
  COUNTERS(counter_drop_own)(h->counter);
  if (h->spare.is_some) {
    COUNTERS(counter_drop_own)(h->spare.val);
  }
  COUNTERS(holder_free)(h);
  return total;
}

int64_t COUNTERS(peek)(COUNTERS(borrow_counter_t) c) { return c->value; }

int64_t COUNTERS(sum_borrowed)(COUNTERS(list_borrow_counter_t) *cs) {
  int64_t sum = 0;
  for (size_t i = 0; i < cs->len; i++) {
    sum += cs->ptr[i]->value;
  }
  COUNTERS(list_borrow_counter_free)(cs);
  return sum;
}

int64_t COUNTERS(consume)(own_counter_t c) {
  int64_t value = value_of(c);
  COUNTERS(counter_drop_own)(c);
  return value;
}

own_counter_t COUNTERS(pass)(own_counter_t c) { return c; }

void COUNTERS(make_many)(test_list_s64_t *starts, COUNTERS(list_own_counter_t) *ret) {
  ret->len = starts->len;
  ret->ptr = starts->len > 0 ? malloc(starts->len * sizeof *ret->ptr) : NULL;
  for (size_t i = 0; i < starts->len; i++) {
    char label[24];
    snprintf(label, sizeof label, "many-%zu", i);
    ret->ptr[i] = make_counter(copy_text(label), starts->ptr[i]);
  }
  test_list_s64_free(starts);
}

bool COUNTERS(maybe)(int64_t *maybe_start, own_counter_t *ret) {
  if (maybe_start == NULL) {
    return false;
  }
  *ret = make_counter(copy_text("maybe"), *maybe_start);
  return true;
}

bool COUNTERS(try_make)(int64_t start, own_counter_t *ret, test_string_t *err) {
  if (start < 0) {
    char message[48];
    snprintf(message, sizeof message, "negative start: %lld", (long long)start);
    test_string_dup(err, message);
    return false;
  }
  *ret = make_counter(copy_text("tried"), start);
  return true;
}

uint32_t COUNTERS(live)(void) { return live; }

void COUNTERS(dropped)(test_list_string_t *ret) {
  *ret = destroyed;
  destroyed = (test_list_string_t){NULL, 0};
}
