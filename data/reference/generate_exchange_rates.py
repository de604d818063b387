#!/usr/bin/env python3
"""Writes exchange-rates.csv: weekly customs exchange rates (과세환율) in KRW for the currencies of the demo world's trade.

The rates are synthetic but plausible for 2024-2026 (USD around 1,300-1,480 KRW): a smooth KRW/USD path through the anchor
points below, each currency's USD cross rate drifting slowly, and small weekly noise. A rate applies for a week from Sunday
to Saturday, as customs weekly rates do. JPY, VND and IDR are quoted per 100 units. Fixed seed: the file never changes.
Run: python3 data/reference/generate_exchange_rates.py
"""
import datetime, math, os, random

random.seed(20241)
HERE = os.path.dirname(os.path.abspath(__file__))
FIRST_SUNDAY = datetime.date(2023, 12, 31)
LAST_SUNDAY = datetime.date(2027, 1, 3)

# KRW per USD at anchor dates (linear between them).
USD_ANCHORS = [(datetime.date(2024, 1, 1), 1305), (datetime.date(2024, 6, 1), 1380), (datetime.date(2024, 9, 1), 1335),
               (datetime.date(2024, 12, 20), 1450), (datetime.date(2025, 4, 10), 1470), (datetime.date(2025, 7, 1), 1365),
               (datetime.date(2025, 10, 15), 1425), (datetime.date(2026, 3, 1), 1445), (datetime.date(2026, 8, 1), 1395),
               (datetime.date(2027, 1, 10), 1430)]
# Currency: (units quoted, units per USD at the start, at the end).
CROSS = {"EUR": (1, 0.91, 0.86), "JPY": (100, 145.0, 151.0), "CNY": (1, 7.15, 7.10), "GBP": (1, 0.79, 0.75), "HKD": (1, 7.81, 7.78),
         "VND": (100, 24400, 26100), "THB": (1, 35.5, 33.0), "TWD": (1, 31.0, 30.4), "SGD": (1, 1.34, 1.29), "AUD": (1, 1.50, 1.53),
         "CAD": (1, 1.35, 1.39), "CHF": (1, 0.86, 0.80), "INR": (1, 83.2, 88.0), "MYR": (1, 4.65, 4.25), "IDR": (100, 15500, 16500),
         "PHP": (1, 55.8, 58.0)}

def usd_krw(day):
    if day <= USD_ANCHORS[0][0]:
        return USD_ANCHORS[0][1]
    for (d0, v0), (d1, v1) in zip(USD_ANCHORS, USD_ANCHORS[1:]):
        if d0 <= day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return USD_ANCHORS[-1][1]

def main():
    weeks = [FIRST_SUNDAY + datetime.timedelta(weeks=i) for i in range((LAST_SUNDAY - FIRST_SUNDAY).days // 7 + 1)]
    rows = []
    for i, sunday in enumerate(weeks):
        share = i / (len(weeks) - 1)
        usd = usd_krw(sunday) * (1 + random.gauss(0, 0.004))
        rows.append(("USD", sunday, round(usd, 2), 1))
        for currency, (unit, start, end) in CROSS.items():
            per_usd = start + (end - start) * share + start * 0.01 * math.sin(i / 7 + len(currency) + ord(currency[0]))
            rate = usd / per_usd * unit * (1 + random.gauss(0, 0.003))
            rows.append((currency, sunday, round(rate, 2), unit))
    with open(os.path.join(HERE, "exchange-rates.csv"), "w", encoding="utf-8") as f:
        f.write("Currency,EffectiveFrom,EffectiveTo,KrwPerUnit,Units\n")
        for currency, sunday, rate, unit in sorted(rows, key=lambda r: (r[0], r[1])):
            f.write(f"{currency},{sunday.isoformat()},{(sunday + datetime.timedelta(days=6)).isoformat()},{rate:.2f},{unit}\n")
    print(f"{len(rows)} weekly rates, {len(CROSS) + 1} currencies, {weeks[0]} to {weeks[-1] + datetime.timedelta(days=6)}")

if __name__ == "__main__":
    main()
