/*
** ds_quant_date.c -- the dates of the quantity reader: "November 1",
** "Nov. 10, 2025", "January 2026", "1 November", "May 15-30",
** "2025-10-30", "1986/87", "1970s", "last April", and the year a
** reference date gives a date that states none.
** See LICENSE for copyright and licence.
*/
#include "ds_quant_read.h"

static int leap (int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays (int m, int y) {
  static const int d[] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m == 2 && y != 0 && !leap(y)) return 28;
  return d[m];
}

/* a month word at i: Nov, Nov., November, NOVEMBER (not "may") */
static int month_at (const P *p, size_t i, int *abbr) {
  Word *w = kw(p, i);
  if (w == NULL || !(w->cls & DS_QW_MONTH)) return 0;
  if (!(p->t[i].flags & (DS_TF_CAP | DS_TF_UPPER))) return 0;
  *abbr = (w->cls & DS_QW_MONABBR) != 0;
  return w->v;
}

/* the year of a number token (four digits, 1800 .. 2100), or 0 */
static int year_at (const P *p, size_t i) {
  unsigned fl;
  if (kind(p, i) != DS_TK_NUMBER || !ds_qplain_number(p, i, &fl)) return 0;
  if (!(fl & A_YEAR)) return 0;
  if (glued(p, i + 1) && (kind(p, i + 1) == DS_TK_WORD ||
                          kind(p, i + 1) == DS_TK_NUMBER))
    return 0;
  return ds_qsmall_int(p, i);
}

/* the day of a number token (1 .. 31, maybe 1st), and its last token */
static int day_at (const P *p, size_t i, size_t *end) {
  unsigned fl;
  Word *w;
  if (kind(p, i) != DS_TK_NUMBER || !ds_qplain_number(p, i, &fl)) return 0;
  if (!(fl & A_DAY)) return 0;
  *end = i;
  if (glued(p, i + 1)) {
    if (kind(p, i + 1) == DS_TK_WORD) {
      if (!has(p, i + 1, DS_QW_ORD)) return 0;
      *end = i + 1;
    }
    else if (punct(p, i + 1, ':') || kind(p, i + 1) == DS_TK_SYMBOL ||
             kind(p, i + 1) == DS_TK_NUMBER)
      return 0;
  }
  w = kw(p, *end + 1);
  if (w && (w->cls & (DS_QW_SCALE | DS_QW_PCT | DS_QW_MASS | DS_QW_CUR |
                      DS_QW_TIME | DS_QW_PERIOD | DS_QW_CENT)))
    return 0;                            /* Nov 10 pct: not a day */
  if (sym(p, *end + 1, "%")) return 0;
  return ds_qsmall_int(p, i);
}

/* after a day: [,] year */
static size_t year_after (const P *p, size_t j, int *y) {
  if (punct(p, j, ',') && (*y = year_at(p, j + 1)) != 0) return j + 1;
  if ((*y = year_at(p, j)) != 0) return j;
  *y = 0;
  return NONE;
}

/*
** A date that starts with a month word at i: "November 1", "Nov. 10,
** 2025", "January 2026", "March 23", or a month alone where a word
** before it makes it one ("in December", "last April", "mid-May").
*/
int ds_qdate_at_month (const P *p, size_t i, Q *q) {
  int abbr, m = month_at(p, i, &abbr), d, y = 0, dot = 0;
  size_t j = i + 1, e;
  if (m == 0) return 0;
  if (abbr && punct(p, j, '.') && glued(p, j)) { j++; dot = 1; }
  q->a = i;
  q->m = m;
  q->kind = DS_QK_DATE;
  if ((d = day_at(p, j, &e)) != 0) {
    size_t ye, e2;
    int d2;
    if (d > mdays(m, 0)) return 0;
    q->d = d;
    q->b = e;
    /* May 15-30, April 6 to 8 (not "April 6 to 8 pct", "May 1-June 5") */
    if ((dash(p, e + 1) || is(p, e + 1, "to") || is(p, e + 1, "through")) &&
        (d2 = day_at(p, e + 2, &e2)) > d && d2 <= mdays(m, 0) &&
        !has(p, e2 + 1, DS_QW_MONTH)) {
      q->d2 = d2;
      q->dflags |= DS_QD_DAYS;
      q->b = e = e2;
    }
    if ((ye = year_after(p, e + 1, &y)) != NONE) {
      if ((q->d2 ? q->d2 : d) > mdays(m, y)) return 0;
      q->y = y;
      q->b = ye;
    }
    return 1;
  }
  if ((y = year_at(p, j)) != 0 ||
      (punct(p, j, ',') && (y = year_at(p, j + 1)) != 0)) {
    q->y = y;
    q->b = punct(p, j, ',') ? j + 1 : j;
    return 1;
  }
  /* a month alone */
  if (abbr && !dot) return 0;
  if (i == 0 || i - 1 < p->floor) return 0;
  if (punct(p, i - 1, '-') && glued(p, i - 1) && glued(p, i) && i >= 2 &&
      is(p, i - 2, "mid") && i - 2 >= p->floor) {
    q->a = i - 2;                        /* mid-November */
  }
  else if (!has(p, i - 1, DS_QW_DATECTX)) return 0;
  q->b = i;                              /* "in Nov.": not the period */
  return 1;
}

/*
** A date that starts with a number: "2025-10-30", "1986/87" (a season
** across two years), "1970s", "1 November [2025]".
*/
int ds_qdate_at_number (const P *p, size_t i, Q *q) {
  int y, d, m, abbr;
  size_t e;
  unsigned fl;
  q->a = i;
  q->kind = DS_QK_DATE;
  if (kind(p, i) != DS_TK_NUMBER || !ds_qnumber_ok(p, i)) return 0;
  if (!ds_qplain_number(p, i, &fl)) return 0;
  if (fl & A_YEAR) {
    int y0 = ds_qsmall_int(p, i);
    /* 2025-10-30, 2025-10 */
    if (punct(p, i + 1, '-') && glued(p, i + 1) && glued(p, i + 2) &&
        kind(p, i + 2) == DS_TK_NUMBER && p->t[i + 2].len == 2) {
      int mm = ds_qsmall_int(p, i + 2);
      if (mm >= 1 && mm <= 12) {
        if (punct(p, i + 3, '-') && glued(p, i + 3) && glued(p, i + 4) &&
            kind(p, i + 4) == DS_TK_NUMBER && p->t[i + 4].len == 2) {
          int dd = ds_qsmall_int(p, i + 4);
          if (dd >= 1 && dd <= mdays(mm, y0) &&
              !(glued(p, i + 5) && (kind(p, i + 5) != DS_TK_PUNCT ||
                                    dash(p, i + 5)))) {
            q->y = y0; q->m = mm; q->d = dd; q->b = i + 4;
            return 1;
          }
          return 0;
        }
        if (!glued(p, i + 3) && mm != (y0 + 1) % 100) {
          q->y = y0; q->m = mm; q->b = i + 2;
          return 1;
        }
      }
    }
    /* 1986/87, 1986/1987, 1986-87 */
    if ((punct(p, i + 1, '/') || punct(p, i + 1, '-')) && glued(p, i + 1) &&
        glued(p, i + 2) && kind(p, i + 2) == DS_TK_NUMBER &&
        !glued(p, i + 3)) {
      int y2 = ds_qsmall_int(p, i + 2);
      if ((p->t[i + 2].len == 2 && y2 == (y0 + 1) % 100) ||
          (p->t[i + 2].len == 4 && y2 == y0 + 1)) {
        q->y = y0; q->y2 = y0 + 1; q->dflags = DS_QD_SPAN; q->b = i + 2;
        return 1;
      }
    }
    /* 1970s */
    if (glued(p, i + 1) && (is(p, i + 1, "s") || is(p, i + 1, "'s")) &&
        y0 % 10 == 0) {
      q->y = y0; q->y2 = y0 + 9; q->dflags = DS_QD_SPAN; q->b = i + 1;
      return 1;
    }
  }
  /* 1 November [2025], 1st of November */
  if ((d = day_at(p, i, &e)) != 0) {
    size_t j = e + 1, ye;
    if (is(p, j, "of")) j++;
    if ((m = month_at(p, j, &abbr)) != 0 && d <= mdays(m, 0)) {
      if (abbr && punct(p, j + 1, '.') && glued(p, j + 1)) j++;
      q->m = m;
      q->d = d;
      q->b = j;
      if ((ye = year_after(p, j + 1, &y)) != NONE && d <= mdays(m, y)) {
        q->y = y;
        q->b = ye;
      }
      return 1;
    }
  }
  return 0;
}

/* days from 0000-03-01 (a proleptic Gregorian day number) */
static long daynum (long y, long m, long d) {
  if (m < 3) { y--; m += 12; }
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

/*
** Give a date without a year the year that the reference date makes
** likely: the first such date not more than six months before the
** reference ("November 1" in an article of 2025-10-30 is 2025-11-01;
** "Oct 30" in one of 2025-11-05 is 2025-10-30). "last April" is the
** latest April before the reference month, "next March" the first
** March after it.
*/
void ds_qresolve (const P *p, Q *q) {
  const ds_QOpts *o = p->o;
  int ry, rm, rd, ly, lm, y;
  if (o == NULL || o->ref_y == 0 || q->y != 0 || q->m == 0) return;
  ry = o->ref_y; rm = o->ref_m; rd = o->ref_d;
  if (q->rel < 0) {
    y = q->m < rm ? ry : ry - 1;
  }
  else if (q->rel > 0) {
    y = q->m > rm ? ry : ry + 1;
  }
  else {
    ly = rm > 6 ? ry : ry - 1;           /* six months before */
    lm = rm > 6 ? rm - 6 : rm + 6;
    if (q->d == 0) {
      y = q->m >= lm ? ly : ly + 1;
    }
    else {
      long low = daynum(ly, lm, rd < mdays(lm, ly) ? rd : mdays(lm, ly));
      y = ly;
      while (q->d > mdays(q->m, y) || daynum(y, q->m, q->d) < low) {
        y++;
        if (y > ly + 8) return;
      }
    }
  }
  q->y = y;
  q->dflags |= DS_QD_RESOLVED;
}
