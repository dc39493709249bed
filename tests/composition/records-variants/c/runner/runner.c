// Calls every function of `shapes` on the test component and checks each
// answer. What imports return is ours to free.
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define SHAPES(name) compose_records_variants_shapes_##name
#define K(name) COMPOSE_RECORDS_VARIANTS_SHAPES_##name
#define LEN(array) (sizeof(array) / sizeof((array)[0]))

typedef SHAPES(person_t) person_t;
typedef SHAPES(team_t) team_t;
typedef SHAPES(shape_t) shape_t;
typedef SHAPES(joined_t) joined_t;
typedef SHAPES(inner_t) inner_t;
typedef SHAPES(outer_t) outer_t;
typedef SHAPES(features_t) features_t;
typedef SHAPES(error_info_t) error_info_t;

static bool is_text(const runner_string_t *a, const char *b) {
  runner_string_t expected = text(b);
  return same_string(a, &expected);
}

static bool same_strings(const runner_list_string_t *a, const runner_list_string_t *b) {
  if (a->len != b->len) {
    return false;
  }
  for (size_t i = 0; i < a->len; i++) {
    if (!same_string(&a->ptr[i], &b->ptr[i])) {
      return false;
    }
  }
  return true;
}

static bool same_person(const person_t *a, const person_t *b) {
  return same_string(&a->name, &b->name) && a->age == b->age && a->email.is_some == b->email.is_some &&
         (!a->email.is_some || same_string(&a->email.val, &b->email.val)) && same_strings(&a->tags, &b->tags) &&
         a->favourite == b->favourite && a->access == b->access;
}

static bool same_team(const team_t *a, const team_t *b) {
  if (!same_string(&a->name, &b->name) || !same_person(&a->lead, &b->lead) || a->members.len != b->members.len) {
    return false;
  }
  for (size_t i = 0; i < a->members.len; i++) {
    if (!same_person(&a->members.ptr[i], &b->members.ptr[i])) {
      return false;
    }
  }
  return true;
}

static bool same_f64(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }

static bool same_shape(const shape_t *a, const shape_t *b) {
  if (a->tag != b->tag) {
    return false;
  }
  switch (a->tag) {
  case K(SHAPE_CIRCLE):
    return same_f64(a->val.circle, b->val.circle);
  case K(SHAPE_RECTANGLE):
    return same_f64(a->val.rectangle.f0, b->val.rectangle.f0) && same_f64(a->val.rectangle.f1, b->val.rectangle.f1);
  case K(SHAPE_POLYGON):
    if (a->val.polygon.len != b->val.polygon.len) {
      return false;
    }
    for (size_t i = 0; i < a->val.polygon.len; i++) {
      if (!same_f64(a->val.polygon.ptr[i].f0, b->val.polygon.ptr[i].f0) ||
          !same_f64(a->val.polygon.ptr[i].f1, b->val.polygon.ptr[i].f1)) {
        return false;
      }
    }
    return true;
  case K(SHAPE_NAMED):
    return same_string(&a->val.named, &b->val.named);
  default:
    return true;
  }
}

static bool same_inner(const inner_t *a, const inner_t *b) {
  if (a->value.is_some != b->value.is_some || !same_shape(&a->shape, &b->shape)) {
    return false;
  }
  if (!a->value.is_some) {
    return true;
  }
  const SHAPES(result_u32_string_t) *x = &a->value.val, *y = &b->value.val;
  return x->is_err == y->is_err && (x->is_err ? same_string(&x->val.err, &y->val.err) : x->val.ok == y->val.ok);
}

static bool same_error_info(const error_info_t *a, const error_info_t *b) {
  return a->code == b->code && same_string(&a->message, &b->message) && a->retryable == b->retryable;
}

static person_t person(const char *name, uint8_t age, const char *email, runner_string_t *tags, size_t tag_count) {
  person_t p = {text(name), age, {email != NULL, text(email != NULL ? email : "")}, {tags, tag_count},
                K(COLOR_BLUE), K(PERMISSIONS_READ) | K(PERMISSIONS_EXECUTE)};
  return p;
}

/// The team of the `echo-team` and `oldest` checks.
static team_t team(person_t *members) {
  static runner_string_t lead_tags[1], grace_tags[2], barbara_tags[1];
  lead_tags[0] = text("lead");
  grace_tags[0] = text("compilers");
  grace_tags[1] = text("navy");
  barbara_tags[0] = text("clu");
  members[0] = person("Grace", 45, NULL, grace_tags, 2);
  members[1] = person("Edsger", 45, NULL, NULL, 0);
  members[2] = person("Barbara", 20, "b@example.com", barbara_tags, 1);
  team_t t = {text("core \xe2\x9c\x93"), person("Ada", 30, "ada@example.com", lead_tags, 1), {members, 3}};
  return t;
}

static shape_t shapes_all[5];
static const char *const kinds[5] = {"point", "circle", "rectangle", "polygon", "named"};

static void make_shapes(void) {
  static runner_tuple2_f64_f64_t triangle[] = {{0, 0}, {1, 0}, {0, 1}};
  shapes_all[0].tag = K(SHAPE_POINT);
  shapes_all[1].tag = K(SHAPE_CIRCLE);
  shapes_all[1].val.circle = 1.5;
  shapes_all[2].tag = K(SHAPE_RECTANGLE);
  shapes_all[2].val.rectangle = (runner_tuple2_f64_f64_t){2.0, -3.0};
  shapes_all[3].tag = K(SHAPE_POLYGON);
  shapes_all[3].val.polygon = (runner_list_tuple2_f64_f64_t){triangle, 3};
  shapes_all[4].tag = K(SHAPE_NAMED);
  shapes_all[4].val.named = text("\xc3\xa9\xf0\x9f\x98\x80");
}

static void records(void) {
  SHAPES(scalars_t) scalars = {UINT8_MAX, INT16_MIN, UINT32_MAX, INT64_MIN, -0.0f, DBL_MAX, 0x1f600, true}, back;
  SHAPES(echo_scalars)(&scalars, &back);
  check_that(back.a == scalars.a && back.b == scalars.b && back.c == scalars.c && back.d == scalars.d &&
                 memcmp(&back.e, &scalars.e, sizeof back.e) == 0 && same_f64(back.f, scalars.f) &&
                 back.g == scalars.g && back.h == scalars.h,
             "echo-scalars");

  runner_string_t full_tags[] = {text("math"), text("\xc3\xa9")};
  person_t full = person("Ada Lovelace", 36, "ada@example.com", full_tags, 2), bare = person("", 0, NULL, NULL, 0);
  bare.favourite = K(COLOR_RED);
  bare.access = 0;
  person_t people[] = {full, bare};
  const char *people_names[] = {"full", "bare"};
  for (size_t i = 0; i < 2; i++) {
    person_t person_back;
    SHAPES(echo_person)(&people[i], &person_back);
    check_that(same_person(&person_back, &people[i]), "echo-person %s", people_names[i]);
    SHAPES(person_free)(&person_back);
  }

  person_t members[3];
  team_t t = team(members), team_back;
  SHAPES(echo_team)(&t, &team_back);
  check_that(same_team(&team_back, &t), "echo-team");
  SHAPES(team_free)(&team_back);

  const char *colors[] = {"red", "green", "blue"};
  for (uint8_t c = K(COLOR_RED); c <= K(COLOR_BLUE); c++) {
    check_unsigned(SHAPES(echo_color)(c), c, "echo-color %s", colors[c]);
  }
  const SHAPES(permissions_t) permissions[] = {
      0, K(PERMISSIONS_READ) | K(PERMISSIONS_WRITE) | K(PERMISSIONS_EXECUTE), K(PERMISSIONS_WRITE)};
  for (size_t i = 0; i < LEN(permissions); i++) {
    check_unsigned(SHAPES(echo_permissions)(permissions[i]), permissions[i], "echo-permissions %#x",
                   permissions[i]);
  }
  const features_t features[] = {0, K(FEATURES_F0) | K(FEATURES_F16), (1u << 17) - 1};
  for (size_t i = 0; i < LEN(features); i++) {
    check_unsigned(SHAPES(echo_features)(features[i]), features[i], "echo-features %#x", features[i]);
  }

  static runner_tuple2_f64_f64_t no_points[1];
  inner_t more[] = {
      {{false, {false, {0}}}, {K(SHAPE_POINT), {0}}},
      {{true, {true, {.err = text("deep \xe2\x9c\x97")}}}, {K(SHAPE_NAMED), {.named = text("n")}}},
      {{true, {false, {UINT32_MAX}}}, {K(SHAPE_POLYGON), {.polygon = {no_points, 0}}}},
  };
  outer_t outer = {
      {{{true, {false, {7}}}, {K(SHAPE_CIRCLE), {.circle = 0.25}}}, {more, LEN(more)}},
      text("outer"),
      {true, K(COLOR_GREEN)},
  };
  outer_t outer_back;
  SHAPES(echo_outer)(&outer, &outer_back);
  bool same = same_inner(&outer_back.middle.inner, &outer.middle.inner) &&
              outer_back.middle.more.len == LEN(more) && same_string(&outer_back.label, &outer.label) &&
              outer_back.color.is_some && outer_back.color.val == K(COLOR_GREEN);
  for (size_t i = 0; same && i < LEN(more); i++) {
    same = same_inner(&outer_back.middle.more.ptr[i], &more[i]);
  }
  check_that(same, "echo-outer");
  SHAPES(outer_free)(&outer_back);
}

static void variants(void) {
  for (size_t i = 0; i < 5; i++) {
    shape_t back;
    SHAPES(echo_shape)(&shapes_all[i], &back);
    check_that(same_shape(&back, &shapes_all[i]), "echo-shape %s", kinds[i]);
    SHAPES(shape_free)(&back);
  }
  joined_t joined[6];
  const char *joined_names[] = {"small", "large", "single", "double", "text", "nothing"};
  joined[0] = (joined_t){K(JOINED_SMALL), {.small = UINT8_MAX}};
  joined[1] = (joined_t){K(JOINED_LARGE), {.large = UINT64_MAX}};
  joined[2] = (joined_t){K(JOINED_SINGLE), {.single = -1.5f}};
  joined[3] = (joined_t){K(JOINED_DOUBLE), {.double_ = DBL_MIN}};
  joined[4] = (joined_t){K(JOINED_TEXT), {.text = text("joined \xe2\x9c\x93")}};
  joined[5] = (joined_t){K(JOINED_NOTHING), {0}};
  for (size_t i = 0; i < 6; i++) {
    joined_t back;
    SHAPES(echo_joined)(&joined[i], &back);
    bool same = back.tag == joined[i].tag;
    if (same) {
      switch (back.tag) {
      case K(JOINED_SMALL):
        same = back.val.small == joined[i].val.small;
        break;
      case K(JOINED_LARGE):
        same = back.val.large == joined[i].val.large;
        break;
      case K(JOINED_SINGLE):
        same = memcmp(&back.val.single, &joined[i].val.single, sizeof(float)) == 0;
        break;
      case K(JOINED_DOUBLE):
        same = same_f64(back.val.double_, joined[i].val.double_);
        break;
      case K(JOINED_TEXT):
        same = same_string(&back.val.text, &joined[i].val.text);
        break;
      default:
        break;
      }
    }
    check_that(same, "echo-joined %s", joined_names[i]);
    SHAPES(joined_free)(&back);
  }
}

static void options_results(void) {
  uint32_t values[] = {0, UINT32_MAX};
  for (size_t i = 0; i < 2; i++) {
    uint32_t back = 0;
    check_that(SHAPES(echo_option)(&values[i], &back) && back == values[i], "echo-option some(%u)", values[i]);
  }
  uint32_t ignored;
  check_that(!SHAPES(echo_option)(NULL, &ignored), "echo-option none");

  runner_option_string_t inners[] = {{false, {NULL, 0}}, {true, text("")}, {true, text("\xf0\x9f\x98\x80")}};
  const char *inner_names[] = {"some(none)", "some(some(\"\"))", "some(some(😀))"};
  runner_option_string_t back;
  check_that(!SHAPES(echo_nested_option)(NULL, &back), "echo-nested-option none");
  for (size_t i = 0; i < 3; i++) {
    bool some = SHAPES(echo_nested_option)(&inners[i], &back);
    check_that(some && back.is_some == inners[i].is_some && (!back.is_some || same_string(&back.val, &inners[i].val)),
               "echo-nested-option %s", inner_names[i]);
    if (some && back.is_some) {
      runner_string_free(&back.val);
    }
  }

  SHAPES(result_string_error_info_t) fine = {false, {.ok = text("fine")}};
  runner_string_t ok;
  error_info_t err, info = {500, text("boom"), true};
  check_that(SHAPES(echo_result)(&fine, &ok, &err) && is_text(&ok, "fine"), "echo-result ok");
  runner_string_free(&ok);
  SHAPES(result_string_error_info_t) failed = {true, {.err = info}};
  check_that(!SHAPES(echo_result)(&failed, &ok, &err) && same_error_info(&err, &info), "echo-result err");
  SHAPES(error_info_free)(&err);

  SHAPES(result_void_void_t) a = {false};
  SHAPES(result_void_string_t) b = {false, {{NULL, 0}}};
  SHAPES(result_u32_void_t) c = {false, {7}};
  SHAPES(tuple3_result_void_void_result_void_string_result_u32_void_t) results;
  SHAPES(echo_bare_results)(&a, &b, &c, &results);
  check_that(!results.f0.is_err && !results.f1.is_err && !results.f2.is_err && results.f2.val.ok == 7,
             "echo-bare-results ok");
  a.is_err = b.is_err = c.is_err = true;
  b.val.err = text("why");
  SHAPES(echo_bare_results)(&a, &b, &c, &results);
  check_that(results.f0.is_err && results.f1.is_err && is_text(&results.f1.val.err, "why") && results.f2.is_err,
             "echo-bare-results err");
  SHAPES(tuple3_result_void_void_result_void_string_result_u32_void_free)(&results);

  shape_t deep_shapes[] = {{K(SHAPE_CIRCLE), {.circle = 2.0}}, {K(SHAPE_NAMED), {.named = text("n")}}};
  SHAPES(option_result_tuple2_u8_string_list_shape_t) deep[] = {
      {false, {false, {.ok = {0, {NULL, 0}}}}},
      {true, {false, {.ok = {1, text("a")}}}},
      {true, {true, {.err = {deep_shapes, 2}}}},
      {true, {true, {.err = {NULL, 0}}}},
  };
  SHAPES(list_option_result_tuple2_u8_string_list_shape_t) deep_list = {deep, 4}, deep_back;
  SHAPES(echo_deep)(&deep_list, &deep_back);
  bool same = deep_back.len == 4;
  for (size_t i = 0; same && i < 4; i++) {
    const SHAPES(option_result_tuple2_u8_string_list_shape_t) *x = &deep_back.ptr[i], *y = &deep[i];
    same = x->is_some == y->is_some;
    if (!same || !x->is_some) {
      continue;
    }
    same = x->val.is_err == y->val.is_err;
    if (same && !x->val.is_err) {
      same = x->val.val.ok.f0 == y->val.val.ok.f0 && same_string(&x->val.val.ok.f1, &y->val.val.ok.f1);
    } else if (same) {
      same = x->val.val.err.len == y->val.val.err.len;
      for (size_t j = 0; same && j < x->val.val.err.len; j++) {
        same = same_shape(&x->val.val.err.ptr[j], &y->val.val.err.ptr[j]);
      }
    }
  }
  check_that(same, "echo-deep");
  SHAPES(list_option_result_tuple2_u8_string_list_shape_free)(&deep_back);
}

static void computed(void) {
  for (size_t i = 0; i < 5; i++) {
    runner_string_t kind;
    SHAPES(shape_kind)(&shapes_all[i], &kind);
    check_text(kind.ptr, kind.len, kinds[i], "shape-kind %s", kinds[i]);
    runner_string_free(&kind);
  }
  const char *colors[] = {"red", "green", "blue"};
  for (uint8_t c = K(COLOR_RED); c <= K(COLOR_BLUE); c++) {
    check_unsigned(SHAPES(next_color)(c), (c + 1) % 3, "next-color %s", colors[c]);
  }
  check_unsigned(SHAPES(union)(K(FEATURES_F0) | K(FEATURES_F1), K(FEATURES_F1) | K(FEATURES_F16)),
                 K(FEATURES_F0) | K(FEATURES_F1) | K(FEATURES_F16), "union");
  check_unsigned(SHAPES(union)(0, 0), 0, "union empty");

  uint32_t parsed;
  SHAPES(parse_error_t) why;
  runner_string_t input = text("42");
  check_that(SHAPES(parse)(&input, &parsed, &why) && parsed == 42, "parse \"42\"");
  input = text("4294967295");
  check_that(SHAPES(parse)(&input, &parsed, &why) && parsed == UINT32_MAX, "parse \"4294967295\"");
  input = text("");
  check_that(!SHAPES(parse)(&input, &parsed, &why) && why.tag == K(PARSE_ERROR_EMPTY), "parse \"\"");
  input = text("7\xf0\x9f\x98\x80");
  check_that(!SHAPES(parse)(&input, &parsed, &why) && why.tag == K(PARSE_ERROR_BAD_CHAR) &&
                 why.val.bad_char.f0 == 1 && why.val.bad_char.f1 == 0x1f600,
             "parse \"7😀\"");
  input = text("4294967296");
  check_that(!SHAPES(parse)(&input, &parsed, &why) && why.tag == K(PARSE_ERROR_OVERFLOW) &&
                 is_text(&why.val.overflow, "4294967296"),
             "parse \"4294967296\"");
  SHAPES(parse_error_free)(&why);

  runner_string_t math[] = {text("math")};
  person_t good = person("Ada", 36, NULL, math, 1), bad = person("", 200, NULL, NULL, 0);
  runner_list_string_t problems;
  check_that(SHAPES(validate)(&good, &problems), "validate ok");
  runner_string_t all_problems[] = {text("name is empty"), text("age is over 150"), text("no tags")};
  runner_list_string_t expected_problems = {all_problems, 3};
  check_that(!SHAPES(validate)(&bad, &problems) && same_strings(&problems, &expected_problems), "validate err");
  runner_list_string_free(&problems);

  runner_string_t key = text("present"), found;
  error_info_t err;
  check_that(SHAPES(fetch)(&key, &found, &err) && is_text(&found, "here"), "fetch present");
  runner_string_free(&found);
  key = text("missing \xe2\x9c\x93");
  error_info_t not_found = {404, text("not found: missing \xe2\x9c\x93"), false};
  check_that(!SHAPES(fetch)(&key, &found, &err) && same_error_info(&err, &not_found), "fetch missing");
  SHAPES(error_info_free)(&err);

  person_t members[3], oldest;
  team_t t = team(members);
  SHAPES(oldest)(&t, &oldest);
  check_that(same_person(&oldest, &members[0]), "oldest");
  SHAPES(person_free)(&oldest);

  runner_option_string_t options[] = {{false, {NULL, 0}}, {true, text("b")}, {true, text("c")}};
  runner_list_option_string_t three = {options, 3}, only_none = {options, 1}, empty = {NULL, 0};
  runner_string_t first;
  check_that(SHAPES(first_some)(&three, &first) && is_text(&first, "b"), "first-some");
  runner_string_free(&first);
  check_that(!SHAPES(first_some)(&only_none, &first), "first-some none");
  check_that(!SHAPES(first_some)(&empty, &first), "first-some empty");
}

void exports_runner_run(void) {
  make_shapes();
  records();
  variants();
  options_results();
  computed();
  check_finish();
}
