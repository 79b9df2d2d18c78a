#!/usr/bin/env python3
"""Writes the byte-level broken inputs of the demo corpus (the ones a text editor cannot make).

Usage (from anywhere):  python3 crosscheck-cli/src/test/tools/make-demo-broken.py

Into crosscheck-cli/src/main/resources/org/crosscheck/cli/demo/broken/ it writes:
  empty.txt                    zero bytes
  binary-garbage.txt           384 pseudo-random bytes (fixed seed, so always the same bytes)
  cp1251-declared-utf8.html    a Ukrainian news page that declares <meta charset="utf-8">
                               but whose bytes are windows-1251
Standard library only.
"""

import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "main" / "resources" / "org" / "crosscheck" / "cli" / "demo" / "broken"

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Сили оборони відбили п’ять атак на Куп’янському напрямку | Слобожанський вісник</title>
<meta property="og:title" content="Сили оборони відбили п’ять атак на Куп’янському напрямку">
<meta property="og:url" content="https://slobozhanskyi-visnyk.example/news/2025/12/25/kupiansk-p-iat-atak">
<meta property="article:published_time" content="2025-12-25T10:40:00+02:00">
</head>
<body>
<header><a href="/">Слобожанський вісник</a> <nav><a href="/news/">Новини</a> <a href="/kharkiv/">Харківщина</a></nav></header>
<article>
<h1>Сили оборони відбили п’ять атак на Куп’янському напрямку</h1>
<p class="date">25 грудня 2025, 10:40</p>
<p>Протягом 24 грудня російські війська п’ять разів атакували позиції українських підрозділів на Куп’янському напрямку, повідомив Генеральний штаб ЗСУ. Бої тривали поблизу Петропавлівки, Піщаного, Загризового та в самому Куп’янську. Усі атаки відбито.</p>
<p>За словами речника Об’єднаних сил Віктора Трегубова, у місті залишаються лише кілька десятків російських військових, які не мають надійного постачання. «Вони здаються в полон, серед них є й іноземні найманці», — сказав він в ефірі телемарафону.</p>
<p>Навколо Куп’янська, зокрема в Кіндрашівці та Радьківці на правому березі Осколу, тривають зачистки. Начальник Харківської обласної військової адміністрації закликав мешканців прилеглих сіл евакуюватися.</p>
<p>До повномасштабного вторгнення в Куп’янську мешкало близько 27 тисяч людей.</p>
</article>
<footer>© 2025 Слобожанський вісник</footer>
</body>
</html>
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "empty.txt").write_bytes(b"")
    rng = random.Random(20251225)
    (OUT / "binary-garbage.txt").write_bytes(bytes(rng.randrange(256) for _ in range(384)))
    (OUT / "cp1251-declared-utf8.html").write_bytes(PAGE.encode("cp1251"))
    print("wrote broken inputs to", OUT)


if __name__ == "__main__":
    main()
