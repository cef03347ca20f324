#!/usr/bin/env bash
# Times `goalie import` (release build) on generated exports of ROWS rows
# (default 1000000): a payments export summed per day (quoted "1,234.50"
# amounts, a Status column filtered with --where, about 900 rows a day over
# three years) and the same rows as a French `;` spreadsheet with
# `1 234,50 €` amounts and day-first dates. Each import runs into a fresh
# copy of the plan, then once more to show the idempotent pass (nothing to
# write). Prints wall time, rows per second and peak memory.
#
#   scripts/import-bench.sh [ROWS]
#
# Wall time: the best of RUNS runs (default 3), timed with `date +%s%N`.
# Peak memory: `/usr/bin/time -v` when present. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
runs="${RUNS:-3}"
data=target/import-bench
mkdir -p "$data"

cargo build --release --quiet --bin goalie
bin="$PWD/target/release/goalie"

# Rows spread over the days from 2023-11-11 to 2026-11-10, in date order.
python3 - "$rows" "$data" <<'PY'
import datetime, random, sys
rows, data = int(sys.argv[1]), sys.argv[2]
random.seed(7)
start = datetime.date(2023, 11, 11)
days = (datetime.date(2026, 11, 10) - start).days + 1
with open(f"{data}/payments.csv", "w") as en, open(f"{data}/ventes.csv", "w", encoding="utf-8-sig") as fr:
    en.write('"Date","Time","Name","Type","Status","Currency","Gross","Fee","Net"\n')
    fr.write("Date;Client;Montant TTC;Statut\n")
    for i in range(rows):
        d = start + datetime.timedelta(days=i * days // rows)
        cents = random.randint(500, 250000)
        status = "Completed" if random.random() < 0.95 else "Pending"
        gross = f"{cents // 100:,}.{cents % 100:02}"
        en.write(f'"{d:%m/%d/%Y}","{i % 86400 // 3600:02}:{i % 60:02}:00","Customer {i % 5000}","Website Payment","{status}","USD","{gross}","-1.20","{gross}"\n')
        euros = f"{cents // 100:,}".replace(",", "\u202f")
        fr.write(f"{d:%d/%m/%Y};Client {i % 5000};{euros},{cents % 100:02} €;{'Payé' if status == 'Completed' else 'En attente'}\n")
PY

cat > "$data/plan.goals" <<'GOALS'
objective grow: Grow revenue three years running
  kr revenue: Collect 100 000 000 USD of payments
    metric: 0 -> 100 000 000 USD
  kr ca: Atteindre 100 000 000 € de ventes
    mesure: 0 -> 100 000 000 €
GOALS

timed() {
  # Best wall time in ms of `runs` runs, each into a fresh copy of the plan.
  local best=""
  for _ in $(seq "$runs"); do
    cp "$data/plan.goals" "$data/work.goals"
    local t0 t1
    t0=$(date +%s%N)
    "$bin" import "$@" "$data/work.goals" --today 2026-11-10 --no-config --to "$data/work.goals" > /dev/null
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

peak() {
  if [ -x /usr/bin/time ]; then
    cp "$data/plan.goals" "$data/work.goals"
    /usr/bin/time -v "$bin" import "$@" "$data/work.goals" --today 2026-11-10 --no-config --to "$data/work.goals" 2>&1 >/dev/null \
      | awk '/Maximum resident/ { printf "%.0f", $6 / 1024 }'
  else
    echo "?"
  fi
}

en=("$data/payments.csv" --id revenue --date Date --value Gross --sum --where Status=Completed --name paypal)
fr=("$data/ventes.csv" --id ca --date Date --value "Montant TTC" --sum --where "Statut=Payé" --name caisse)

printf '%-28s %10s %10s %12s %14s %8s\n' "export" "rows" "MB" "import (ms)" "rows/s" "RSS (MB)"
for which in en fr; do
  if [ "$which" = en ]; then args=("${en[@]}"); else args=("${fr[@]}"); fi
  bytes=$(stat -c %s "${args[0]}")
  ms=$(timed "${args[@]}")
  rss=$(peak "${args[@]}")
  printf '%-28s %10s %10.1f %12s %14.0f %8s\n' "$(basename "${args[0]}")" "$rows" \
    "$(echo "$bytes / 1048576" | bc -l)" "$ms" "$(echo "$rows * 1000 / $ms" | bc -l)" "$rss"
  # Again into the imported file: every day unchanged, nothing written.
  cp "$data/plan.goals" "$data/work.goals"
  "$bin" import "${args[@]}" "$data/work.goals" --today 2026-11-10 --no-config --to "$data/work.goals" > /dev/null
  t0=$(date +%s%N)
  "$bin" import "${args[@]}" "$data/work.goals" --today 2026-11-10 --no-config --to "$data/work.goals" > "$data/again.txt"
  t1=$(date +%s%N)
  printf '%-28s %10s %10s %12s   %s\n' "  again (idempotent)" "$rows" "" "$(( (t1 - t0) / 1000000 ))" "$(head -1 "$data/again.txt" | sed 's/.*goals: //')"
done
