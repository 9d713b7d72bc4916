using System.Globalization;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>Parses the export's value formats back (dates yyyy-MM-dd, whole numbers, yes/no, lists separated by ";").</summary>
internal static class CsvValues
{
    public static void Text(CsvRow row, string column, Action<string?> set)
    {
        if (row.Has(column))
        {
            set(row.GetOrNull(column));
        }
    }

    public static void Number(CsvRow row, string column, Dictionary<string, string> errors, string field, Action<int?> set)
    {
        if (!row.Has(column))
        {
            return;
        }

        var text = row.Get(column).Trim();
        if (text.Length == 0)
        {
            set(null);
        }
        else if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            set(value);
        }
        else
        {
            errors[field] = $"{column} \"{text}\" is not a whole number.";
        }
    }

    public static void Date(CsvRow row, string column, Dictionary<string, string> errors, string field, Action<DateOnly?> set)
    {
        if (!row.Has(column))
        {
            return;
        }

        var text = row.Get(column).Trim();
        if (text.Length == 0)
        {
            set(null);
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            set(value);
        }
        else
        {
            errors[field] = $"{column} \"{text}\" is not a date written as yyyy-mm-dd.";
        }
    }

    public static void YesNo(CsvRow row, string column, Dictionary<string, string> errors, string field, Action<bool> set)
    {
        if (!row.Has(column))
        {
            return;
        }

        switch (row.Get(column).Trim().ToLowerInvariant())
        {
            case "" or "no" or "false" or "0":
                set(false);
                break;
            case "yes" or "true" or "1":
                set(true);
                break;
            default:
                errors[field] = $"{column} must be yes or no.";
                break;
        }
    }

    public static IEnumerable<string> List(string value) =>
        value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool TryEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value)
        && Enum.IsDefined(value)
        && !int.TryParse(text, out _);
}
