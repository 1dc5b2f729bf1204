import sys

from bench.policy_eval import DAY, policy_checker

c=policy_checker()
for t in sys.stdin.read().split('\n'):
    if not t.strip(): continue
    fs=[(f.rule_id,f.severity.value,f.actual) for f in c.check(t,on_date=DAY).findings if f.category in ('neutrality','source','hoax','fraud','provocation') and f.severity.value!='info']
    print(('FLAG ' if fs else 'ok   ')+t[:80], fs)
