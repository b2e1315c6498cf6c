#!/usr/bin/python3
"""Reference values from the peer, lifetimes 0.11.3, for tests/core/data/lifetimes_reference.json.

The models' forecasts at fixed parameters (the published CDNOW estimates), so that
a test compares formulas, not fits. Run from the project root:
  /usr/bin/python3 bench/lifetimes_reference.py > tests/core/data/lifetimes_reference.json
Needs ../shared/anchors/lifetimes (vendored lifetimes and autograd) and Debian's
python3-numpy, python3-scipy, python3-pandas, python3-dill.
"""
import json, os, sys, warnings

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "anchors", "lifetimes"))
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from lifetimes import BetaGeoFitter, ParetoNBDFitter, GammaGammaFitter

bg = BetaGeoFitter(); bg.params_ = pd.Series({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
pn = ParetoNBDFitter(); pn.params_ = pd.Series({"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669})
gg = GammaGammaFitter(); gg.params_ = pd.Series({"p": 6.25, "q": 3.74, "v": 15.44})
bg.predict = bg.conditional_expected_number_of_purchases_up_to_time
pn.predict = pn.conditional_expected_number_of_purchases_up_to_time

hist = [(0, 0, 38.86), (2, 30.43, 38.86), (1, 1.71, 38.86), (5, 20, 39), (14, 38, 38.86), (0, 0, 1), (30, 35, 39)]
out = {"source": "lifetimes 0.11.3, scipy %s, numpy %s" % (__import__("scipy").__version__, np.__version__),
       "params": {"bgnbd": dict(bg.params_), "paretonbd": dict(pn.params_), "gammagamma": dict(gg.params_)},
       "bg": {}, "pn": {}}
for t in [1, 10, 39, 52, 78, 200]:
    out["bg"].setdefault("E", []).append([t, float(bg.expected_number_of_purchases_up_to_time(t))])
    out["pn"].setdefault("E", []).append([t, float(pn.expected_number_of_purchases_up_to_time(t))])
for (x, tx, T) in hist:
    out["bg"].setdefault("alive", []).append([x, tx, T, float(bg.conditional_probability_alive(x, tx, T)[0])])
    out["pn"].setdefault("alive", []).append([x, tx, T, float(pn.conditional_probability_alive(x, tx, T))])
    for t in [10, 39, 52, 200]:
        out["bg"].setdefault("cond", []).append([x, tx, T, t, float(bg.conditional_expected_number_of_purchases_up_to_time(t, x, tx, T))])
        out["pn"].setdefault("cond", []).append([x, tx, T, t, float(pn.conditional_expected_number_of_purchases_up_to_time(t, x, tx, T))])
for n in [0, 1, 2, 5]:
    out["bg"].setdefault("pmf", []).append([39, n, float(bg.probability_of_n_purchases_up_to_time(39, n))])
cust = [(2, 30.43, 38.86, 22.35), (0, 0, 38.86, 0), (5, 20, 39, 40.0), (14, 38, 38.86, 18.5)]
f, r, T, m = (np.array([c[i] for c in cust], dtype=float) for i in range(4))
out["spend"] = [[c[0], c[3], float(v)] for c, v in zip(cust, gg.conditional_expected_average_profit(f, m))]
out["clv_bg"] = [[*c, float(v)] for c, v in zip(cust, gg.customer_lifetime_value(bg, f, r, T, m, time=12, discount_rate=0.01, freq="W"))]
out["clv_pn"] = [[*c, float(v)] for c, v in zip(cust, gg.customer_lifetime_value(pn, f, r, T, m, time=24, discount_rate=0.02, freq="W"))]
print(json.dumps(out, indent=1))
