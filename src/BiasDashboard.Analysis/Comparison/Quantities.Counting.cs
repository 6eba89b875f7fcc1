namespace BiasDashboard.Analysis.Comparison;

// What a number counts: a winning majority, an amount of money, a percentage, or the first known noun after it.
internal static partial class Quantities
{
    // What the number from word `index` to word `w` counts: a majority, money, a percentage, or the first known noun after it.
    private static Quantity? WhatIsCounted(string body, List<(int Start, int End, string Lower)> words, int index, int w, double value)
    {
        var first = words[index].Lower;
        var before = body[Math.Max(0, words[index].Start - 2)..words[index].Start];
        var currency = before.EndsWith('£') ? "£" : before.EndsWith('$') ? "$" : before.EndsWith('€') ? "€" : null;
        var next = w + 1 < words.Count ? words[w + 1].Lower : "";
        var afterText = body.AsSpan(words[w].End, Math.Min(12, body.Length - words[w].End));
        if (IsDateOrTime(next, afterText) || currency is null && value is >= 1900 and <= 2100 &&
            !first.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var (low, high, qualifier) = Approximation(words, index);
        if (currency is null && index >= 2 && words[index - 1].Lower is "of" or "to" &&
            Enumerable.Range(Math.Max(0, index - 4), Math.Min(4, index)).Any(k => words[k].Lower == "majority"))
        {
            // "a majority of 3,412", "saw its majority slashed to 4,312"
            return new Quantity("majority", "Winning majority (votes)", Shown(qualifier, Formatted(value)), value * low, value * high,
                words[index].Start, words[w].End - words[index].Start);
        }

        var numberStart = currency is null ? words[index].Start : words[index].Start - 1;
        var start = qualifier.Length > 0 ? words[index - qualifier.Split(' ').Length].Start : numberStart;
        if (currency is not null)
        {
            if (value < 1000)
            {
                return null;
            }

            var order = (int)Math.Floor(Math.Log10(value));
            return new Quantity($"money:{currency}:{order}", $"Amount in {currency} ({OrderName(order)})",
                Shown(qualifier, currency + Formatted(value)),
                value * low, value * high, start, words[w].End - start);
        }

        var percent = afterText.TrimStart().StartsWith("%") || next is "per" && w + 2 < words.Count && words[w + 2].Lower == "cent" ||
                      next is "percent" or "pc";
        if (percent)
        {
            var of = PercentOf(words, index, w + (next == "per" ? 3 : next is "percent" or "pc" ? 2 : 1));
            return of is null ? null : new Quantity($"percent:{of}", $"Per cent ({of})", Shown(qualifier, Formatted(value) + "%"),
                value * low, value * high, start, words[w].End - start + 1);
        }

        return CountedNoun(body, words, index, w, value, (low, high, qualifier), start);
    }

    // What is counted: the first known noun within a few words ("55,000 pages", "20 new officers", "eight vaccine factories").
    private static Quantity? CountedNoun(
        string body, List<(int Start, int End, string Lower)> words, int index, int w, double value,
        (double Low, double High, string Qualifier) approximation, int start)
    {
        var (low, high, qualifier) = approximation;
        for (var k = w + 1; k < words.Count && k <= w + 4; k++)
        {
            if (!OnlySpaceOrHyphen(body, words[k - 1].End, words[k].Start))
            {
                break;
            }

            if (UnitByNoun.TryGetValue(words[k].Lower, out var unit))
            {
                return Counted(body, words, index, k, value * 1, unit, k) with
                {
                    Low = value * low,
                    High = value * high,
                    Start = start,
                    Length = words[k].End - start,
                    Value = Shown(qualifier, Formatted(value)),
                };
            }

            if (!Skippable.Contains(words[k].Lower) && NotNouns.Contains(words[k].Lower))
            {
                break;
            }
        }

        return null;
    }
}
