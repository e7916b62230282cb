using System.Text;

namespace Sakip.Api.Seeding;

/// <summary>A CSV record and the line of the file it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads RFC 4180 CSV, keeping the line each record starts on so errors can point at it. Blank lines and lines
/// starting with '#' outside a quoted field are skipped.
/// </summary>
public static class CsvRecords
{
    public static List<CsvRecord> Parse(string text, string file, List<SeedError> errors)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }
        var atRecordStart = true;
        while (i < text.Length)
        {
            if (atRecordStart)
            {
                recordLine = line;
                var end = text.IndexOf('\n', i);
                var rawLine = end < 0 ? text[i..] : text[i..end];
                if (rawLine.TrimEnd('\r').Trim().Length == 0 || rawLine.StartsWith('#'))
                {
                    i = end < 0 ? text.Length : end + 1;
                    line++;
                    continue;
                }
                atRecordStart = false;
            }
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                // Quoted field: runs to the next lone quote.
                var startLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (text[i] == '\n')
                    {
                        line++;
                    }
                    if (text[i] != '\r')
                    {
                        field.Append(text[i]);
                    }
                    i++;
                }
                if (!closed)
                {
                    errors.Add(new SeedError(file, startLine, null, "a quoted field is never closed"));
                    return records;
                }
                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    errors.Add(new SeedError(file, line, null, "text after a closing quote; double a quote inside a quoted field (\"\")"));
                    while (i < text.Length && text[i] is not (',' or '\n'))
                    {
                        i++;
                    }
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    i++;
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                    fields.Clear();
                    line++;
                    i++;
                    atRecordStart = true;
                    break;
                case '"':
                    errors.Add(new SeedError(file, line, null, "a quote inside an unquoted field; quote the whole field and double the quote"));
                    i++;
                    break;
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }
        if (!atRecordStart)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }
        return records;
    }
}
