"""Helpers to write the variants13 histories (blind variants of try-out 13's problems)."""
import json, os, re, datetime as dt

import os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VARIANTS = []   # (name, history dict, case id, checks list, expectation prose)

ABOUT = ('Blind variant written by variants13 (report-only helper) to check whether the fixes of '
         'try-out 13 problems generalize. Every entry is written (illustrative); names, numbers and '
         'judges are invented.')

def md(d):  # 2026-03-04 -> 03/04/2026
    y, m, dd = d.split('-'); return f'{m}/{dd}/{y}'

def e(n, date, time, short, text, doc=None, entered=True):
    t = text + (f' (Entered: {md(date)})' if entered else '')
    x = {'number': n, 'dateFiled': date, 'time': time, 'shortDescription': short, 'text': t,
         'illustrative': 'entry'}
    if doc: x['documentText'] = doc
    return x

def a(n, date, time, text):
    return {'number': n, 'dateFiled': date, 'time': time, 'text': text, 'illustrative': 'entry'}

def case(court, dn, name, filed, entries, appeals=None, people=None, judge=None, parties=None):
    h = {'about': ABOUT, 'court': court, 'docketNumber': dn, 'caseName': name, 'dateFiled': filed,
         'feed': 'all', 'entries': entries}
    if judge: h['assignedTo'] = judge
    h['people'] = people or {'class': 'noncitizens held in immigration detention in this district', 'protects': 'removal'}
    if parties: h['parties'] = parties
    if appeals: h['appeals'] = appeals
    return h

def appeal(court, dn, filed, entries):
    return {'court': court, 'docketNumber': dn, 'dateFiled': filed, 'entries': entries}

MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
def words(d):  # 2026-03-04 -> March 4, 2026
    y, m, dd = map(int, d.split('-')); return f'{MONTHS[m-1]} {dd}, {y}'

def add(name, hist, checks, expect):
    cid = f"{hist['court']}:{hist['docketNumber']}"
    VARIANTS.append((name, hist, cid, checks, expect))

def cli(asOf, must=(), mustNot=()):
    return {'type': 'cli', 'asOf': asOf, 'mustContain': list(must), 'mustNotContain': list(mustNot)}

def mail(to, must=(), mustNot=()):
    return {'type': 'mail', 'to': to, 'mustContain': list(must), 'mustNotContain': list(mustNot)}

# regex builders
def row(kind_what, date=None, status=None):
    """a CLI table row whose WHAT matches kind_what, optionally with DUE date and STATUS"""
    r = r'(?im)^(?:dl|hr|in|st)-\S+\s+' + kind_what + r'[^\n]*'
    if date: r += re.escape(date) + r'[^\n]*'
    if status: r += r'\b' + status + r'\b'
    return r
NOTHING = r'(?i)nothing in force'
PI_IN_FORCE_LINE = r'(?im)^\s*IN FORCE\s+Preliminary injunction'
PI_ROW_IN_FORCE = r'(?im)^in-\S+\s+injunction\s+preliminary injunction\b[^\n]*\bin_force\b'
