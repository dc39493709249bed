// Uses every function of `counters` on the test component and checks each
// answer, and that every handle dropped here, or moved to the test and
// dropped there, reaches the test's destructor at that moment. Own handles
// are ours until dropped (`_drop_own`) or moved into a call; borrows made
// with `_borrow_counter` end with the call.
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define COUNTERS(name) compose_resources_counters_##name
#define LEN(array) (sizeof(array) / sizeof((array)[0]))

typedef COUNTERS(own_counter_t) own_counter_t;
typedef COUNTERS(own_bag_t) own_bag_t;

static COUNTERS(borrow_counter_t) lend(own_counter_t c) { return COUNTERS(borrow_counter)(c); }

static int64_t get(own_counter_t c) { return COUNTERS(method_counter_get)(lend(c)); }

static void check_label(own_counter_t c, const char *expected, const char *name) {
  runner_string_t label;
  COUNTERS(method_counter_label)(lend(c), &label);
  check_text(label.ptr, label.len, expected, "%s", name);
  runner_string_free(&label);
}

static int by_text(const void *a, const void *b) {
  const runner_string_t *x = a, *y = b;
  size_t shorter = x->len < y->len ? x->len : y->len;
  int order = shorter > 0 ? memcmp(x->ptr, y->ptr, shorter) : 0;
  return order != 0 ? order : (x->len > y->len) - (x->len < y->len);
}

/// The labels destroyed since the last call must be `expected` (in any
/// order when `sorted`: destructors of counters dropped together may run
/// in any order).
static void check_dropped(const char *const *expected, size_t count, bool sorted, const char *name) {
  runner_list_string_t dropped;
  COUNTERS(dropped)(&dropped);
  if (sorted && dropped.len > 1) {
    qsort(dropped.ptr, dropped.len, sizeof *dropped.ptr, by_text);
  }
  bool same = dropped.len == count;
  for (size_t i = 0; same && i < count; i++) {
    same = dropped.ptr[i].len == strlen(expected[i]) && memcmp(dropped.ptr[i].ptr, expected[i], dropped.ptr[i].len) == 0;
  }
  check_that(same, "%s", name);
  runner_list_string_free(&dropped);
}

/// Constructor, methods, statics, borrows. Leaves `a` (8) and `a+fv` (4).
static void counters_and_borrows(own_counter_t *first, own_counter_t *merged) {
  runner_string_t label = text("a");
  own_counter_t a = COUNTERS(constructor_counter)(&label, 5);
  check_signed(get(a), 5, "constructor get");
  COUNTERS(method_counter_add)(lend(a), 3);
  check_signed(get(a), 8, "add");
  check_label(a, "a", "label");
  check_unsigned(COUNTERS(live)(), 1, "live after constructor");

  int64_t values[] = {1, 2, 3, -10};
  runner_list_s64_t value_list = {values, LEN(values)};
  label = text("fv");
  own_counter_t from_values = COUNTERS(static_counter_from_values)(&label, &value_list);
  check_signed(get(from_values), -4, "from-values");
  own_counter_t m = COUNTERS(static_counter_merge)(lend(a), from_values);
  check_signed(get(m), 4, "merge value");
  check_label(m, "a+fv", "merge label");
  const char *const fv[] = {"fv"};
  check_dropped(fv, 1, false, "merge dropped the moved counter");

  label = text("s");
  own_counter_t split = COUNTERS(method_counter_split)(lend(a), &label);
  check_signed(get(split), 8, "split value");
  check_label(split, "s", "split label");
  check_signed(COUNTERS(peek)(lend(a)), 8, "peek borrow");
  COUNTERS(borrow_counter_t) borrows[] = {lend(a), lend(m), lend(split)};
  COUNTERS(list_borrow_counter_t) borrow_list = {borrows, LEN(borrows)};
  check_signed(COUNTERS(sum_borrowed)(&borrow_list), 20, "sum-borrowed");
  check_dropped(NULL, 0, false, "borrows dropped nothing");
  check_signed(COUNTERS(consume)(split), 8, "consume");
  const char *const s[] = {"s"};
  check_dropped(s, 1, false, "consume dropped it");
  check_unsigned(COUNTERS(live)(), 2, "live after consume");
  *first = a;
  *merged = m;
}

/// Own moved across and back, then dropped here.
static own_counter_t moves(own_counter_t merged) {
  own_counter_t passed = COUNTERS(pass)(merged);
  check_signed(get(passed), 4, "pass keeps the counter");
  check_dropped(NULL, 0, false, "pass dropped nothing");
  runner_string_t label = text("scratch");
  COUNTERS(counter_drop_own)(COUNTERS(constructor_counter)(&label, 0));
  const char *const scratch[] = {"scratch"};
  check_dropped(scratch, 1, false, "runner drop reaches the test");
  return passed;
}

/// Counters moved into a bag, one taken back, the rest dropped with it.
static void bag(own_counter_t first, own_counter_t second) {
  own_bag_t bag = COUNTERS(constructor_bag)();
  COUNTERS(borrow_bag_t) lent = COUNTERS(borrow_bag)(bag);
  COUNTERS(method_bag_put)(lent, first);
  COUNTERS(method_bag_put)(lent, second);
  check_unsigned(COUNTERS(method_bag_size)(lent), 2, "bag size");
  check_signed(COUNTERS(method_bag_total)(lent), 12, "bag total");
  own_counter_t taken;
  if (!COUNTERS(method_bag_take)(lent, &taken)) {
    check_fail("bag take", "expected a counter, got none");
  }
  check_label(taken, "a+fv", "bag take is the last put");
  check_unsigned(COUNTERS(method_bag_size)(lent), 1, "bag size after take");
  COUNTERS(counter_drop_own)(taken);
  const char *const merged[] = {"a+fv"};
  check_dropped(merged, 1, false, "taken counter dropped");
  COUNTERS(bag_drop_own)(bag);
  const char *const a[] = {"a"};
  check_dropped(a, 1, false, "bag drop drops its counters");
  check_unsigned(COUNTERS(live)(), 0, "live after bag");
}

/// Counters from the test inside a record, read here and moved back.
static void holders(void) {
  runner_string_t name = text("h");
  COUNTERS(holder_t) holder;
  COUNTERS(make_holder)(&name, 10, &holder);
  check_text(holder.name.ptr, holder.name.len, "h", "holder name");
  check_signed(get(holder.counter), 10, "holder counter");
  runner_string_t spare_label = {NULL, 0};
  int64_t spare_value = 0;
  if (holder.spare.is_some) {
    COUNTERS(method_counter_label)(lend(holder.spare.val), &spare_label);
    spare_value = get(holder.spare.val);
  }
  check_that(holder.spare.is_some && spare_label.len == 7 && memcmp(spare_label.ptr, "h-spare", 7) == 0 &&
                 spare_value == 11,
             "holder spare");
  runner_string_free(&spare_label);
  check_unsigned(COUNTERS(live)(), 2, "live with holder");
  check_signed(COUNTERS(open_holder)(&holder), 21, "open-holder");
  const char *const h[] = {"h", "h-spare"};
  check_dropped(h, 2, true, "open-holder dropped both");

  name = text("k");
  COUNTERS(make_holder)(&name, 1, &holder);
  COUNTERS(counter_drop_own)(holder.counter);
  if (holder.spare.is_some) {
    COUNTERS(counter_drop_own)(holder.spare.val);
  }
  COUNTERS(holder_free)(&holder);
  const char *const k[] = {"k", "k-spare"};
  check_dropped(k, 2, true, "holder dropped here");
}

/// Counters in lists, options and results.
static void containers(void) {
  int64_t starts[] = {1, 2, 3};
  runner_list_s64_t start_list = {starts, LEN(starts)};
  COUNTERS(list_own_counter_t) many;
  COUNTERS(make_many)(&start_list, &many);
  check_that(many.len == 3 && get(many.ptr[0]) == 1 && get(many.ptr[1]) == 2 && get(many.ptr[2]) == 3, "make-many");
  for (size_t i = 0; i < many.len; i++) {
    COUNTERS(counter_drop_own)(many.ptr[i]);
  }
  COUNTERS(list_own_counter_free)(&many);
  const char *const made[] = {"many-0", "many-1", "many-2"};
  check_dropped(made, 3, true, "make-many dropped");

  int64_t nine = 9;
  own_counter_t some, none;
  bool is_some = COUNTERS(maybe)(&nine, &some);
  check_that(is_some && get(some) == 9, "maybe some");
  check_that(!COUNTERS(maybe)(NULL, &none), "maybe none");
  if (is_some) {
    COUNTERS(counter_drop_own)(some);
  }
  own_counter_t tried;
  runner_string_t err;
  bool ok = COUNTERS(try_make)(5, &tried, &err);
  check_that(ok && get(tried) == 5, "try-make ok");
  if (ok) {
    COUNTERS(counter_drop_own)(tried);
  }
  check_that(!COUNTERS(try_make)(-1, &tried, &err) && err.len == 18 && memcmp(err.ptr, "negative start: -1", 18) == 0,
             "try-make err");
  runner_string_free(&err);
  const char *const dropped[] = {"maybe", "tried"};
  check_dropped(dropped, 2, false, "option and result dropped");
}

void exports_runner_run(void) {
  check_unsigned(COUNTERS(live)(), 0, "live at start");
  own_counter_t first, merged;
  counters_and_borrows(&first, &merged);
  own_counter_t passed = moves(merged);
  bag(first, passed);
  holders();
  containers();
  check_unsigned(COUNTERS(live)(), 0, "live at end");
  check_finish();
}
