// `shapes`, answered from C. What an export receives is ours: echoed
// values are handed back (the bindings free what an export returns), the
// rest is freed here.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define SHAPES(name) exports_compose_records_variants_shapes_##name
#define K(name) EXPORTS_COMPOSE_RECORDS_VARIANTS_SHAPES_##name

typedef SHAPES(person_t) person_t;
typedef SHAPES(team_t) team_t;
typedef SHAPES(shape_t) shape_t;
typedef SHAPES(features_t) features_t;
typedef SHAPES(error_info_t) error_info_t;

void SHAPES(echo_scalars)(SHAPES(scalars_t) *s, SHAPES(scalars_t) *ret) { *ret = *s; }
void SHAPES(echo_person)(person_t *p, person_t *ret) { *ret = *p; }
void SHAPES(echo_team)(team_t *t, team_t *ret) { *ret = *t; }
SHAPES(color_t) SHAPES(echo_color)(SHAPES(color_t) c) { return c; }
SHAPES(permissions_t) SHAPES(echo_permissions)(SHAPES(permissions_t) p) { return p; }
features_t SHAPES(echo_features)(features_t f) { return f; }
void SHAPES(echo_shape)(shape_t *s, shape_t *ret) { *ret = *s; }
void SHAPES(echo_joined)(SHAPES(joined_t) *j, SHAPES(joined_t) *ret) { *ret = *j; }
void SHAPES(echo_outer)(SHAPES(outer_t) *o, SHAPES(outer_t) *ret) { *ret = *o; }

bool SHAPES(echo_option)(uint32_t *maybe_o, uint32_t *ret) {
  if (maybe_o == NULL) {
    return false;
  }
  *ret = *maybe_o;
  return true;
}

bool SHAPES(echo_nested_option)(test_option_string_t *maybe_o, test_option_string_t *ret) {
  if (maybe_o == NULL) {
    return false;
  }
  *ret = *maybe_o;
  return true;
}

bool SHAPES(echo_result)(SHAPES(result_string_error_info_t) *r, test_string_t *ret, error_info_t *err) {
  if (r->is_err) {
    *err = r->val.err;
    return false;
  }
  *ret = r->val.ok;
  return true;
}

void SHAPES(echo_bare_results)(SHAPES(result_void_void_t) *a, SHAPES(result_void_string_t) *b,
                               SHAPES(result_u32_void_t) *c,
                               SHAPES(tuple3_result_void_void_result_void_string_result_u32_void_t) *ret) {
  ret->f0 = *a;
  ret->f1 = *b;
  ret->f2 = *c;
}

void SHAPES(echo_deep)(SHAPES(list_option_result_tuple2_u8_string_list_shape_t) *d,
                       SHAPES(list_option_result_tuple2_u8_string_list_shape_t) *ret) {
  *ret = *d;
}

void SHAPES(shape_kind)(shape_t *s, test_string_t *ret) {
  static const char *const kinds[] = {"point", "circle", "rectangle", "polygon", "named"};
  test_string_dup(ret, kinds[s->tag]);
  SHAPES(shape_free)(s);
}

SHAPES(color_t) SHAPES(next_color)(SHAPES(color_t) c) { return (c + 1) % 3; }

features_t SHAPES(union)(features_t a, features_t b) { return a | b; }

/// The scalar value starting at `s[*at]`, moving `*at` past it.
static uint32_t next_scalar(const test_string_t *s, size_t *at) {
  uint8_t lead = s->ptr[*at];
  size_t extra = lead < 0x80 ? 0 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  uint32_t code = extra == 0 ? lead : lead & (0x3f >> extra);
  for (size_t i = 1; i <= extra; i++) {
    code = code << 6 | (s->ptr[*at + i] & 0x3f);
  }
  *at += extra + 1;
  return code;
}

bool SHAPES(parse)(test_string_t *s, uint32_t *ret, SHAPES(parse_error_t) *err) {
  if (s->len == 0) {
    err->tag = K(PARSE_ERROR_EMPTY);
    return false;
  }
  uint64_t value = 0;
  size_t at = 0;
  for (uint32_t index = 0; at < s->len; index++) {
    uint32_t c = next_scalar(s, &at);
    if (c < '0' || c > '9') {
      err->tag = K(PARSE_ERROR_BAD_CHAR);
      err->val.bad_char = (test_tuple2_u32_char32_t){index, c};
      test_string_free(s);
      return false;
    }
    value = value * 10 + (c - '0');
    if (value > UINT32_MAX) {
      err->tag = K(PARSE_ERROR_OVERFLOW);
      err->val.overflow = *s;
      return false;
    }
  }
  test_string_free(s);
  *ret = (uint32_t)value;
  return true;
}

bool SHAPES(validate)(person_t *p, test_list_string_t *err) {
  static const char *const problems[] = {"name is empty", "age is over 150", "no tags"};
  bool found[] = {p->name.len == 0, p->age > 150, p->tags.len == 0};
  err->len = 0;
  err->ptr = malloc(3 * sizeof *err->ptr);
  for (size_t i = 0; i < 3; i++) {
    if (found[i]) {
      test_string_dup(&err->ptr[err->len++], problems[i]);
    }
  }
  SHAPES(person_free)(p);
  if (err->len == 0) {
    free(err->ptr);
    return true;
  }
  return false;
}

bool SHAPES(fetch)(test_string_t *key, test_string_t *ret, error_info_t *err) {
  static const char present[] = "present";
  if (key->len == strlen(present) && memcmp(key->ptr, present, key->len) == 0) {
    test_string_free(key);
    test_string_dup(ret, "here");
    return true;
  }
  static const char prefix[] = "not found: ";
  size_t prefix_len = strlen(prefix);
  err->code = 404;
  err->retryable = false;
  err->message.len = prefix_len + key->len;
  err->message.ptr = malloc(err->message.len);
  memcpy(err->message.ptr, prefix, prefix_len);
  memcpy(err->message.ptr + prefix_len, key->ptr, key->len);
  test_string_free(key);
  return false;
}

void SHAPES(oldest)(team_t *t, person_t *ret) {
  size_t oldest = SIZE_MAX;
  uint8_t age = t->lead.age;
  for (size_t i = 0; i < t->members.len; i++) {
    if (t->members.ptr[i].age > age) {
      oldest = i;
      age = t->members.ptr[i].age;
    }
  }
  // The chosen person moves to the result; the rest of the team is freed.
  if (oldest == SIZE_MAX) {
    *ret = t->lead;
    t->lead = (person_t){0};
  } else {
    *ret = t->members.ptr[oldest];
    t->members.ptr[oldest] = (person_t){0};
  }
  SHAPES(team_free)(t);
}

bool SHAPES(first_some)(test_list_option_string_t *l, test_string_t *ret) {
  bool found = false;
  for (size_t i = 0; !found && i < l->len; i++) {
    if (l->ptr[i].is_some) {
      *ret = l->ptr[i].val;
      l->ptr[i].is_some = false;
      found = true;
    }
  }
  test_list_option_string_free(l);
  return found;
}
