using System.Diagnostics;
using System.Text.Json;

namespace NjitInternational.TestSupport.Calendars;

/// <summary>
/// Reads a calendar file with Python's icalendar (Debian's python3-icalendar), a parser written
/// independently of the Ical.Net library that wrote it, and checks the RFC 5545 line rules itself:
/// every line ends in CRLF, no bare CR or LF, no line longer than 75 octets.
/// </summary>
public static class PythonCalendarParser
{
    private const string Script = """
        import json, sys
        from icalendar import Calendar
        raw = sys.stdin.buffer.read()
        problems = []
        if not raw.endswith(b"\r\n"):
            problems.append("file does not end in CRLF")
        for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
            if b"\r" in line or b"\n" in line:
                problems.append("line %d holds a bare CR or LF" % number)
            if len(line) > 75:
                problems.append("line %d is %d octets" % (number, len(line)))
        calendar = Calendar.from_ical(raw.decode("utf-8"))
        def text(component, name):
            value = component.get(name)
            return None if value is None else str(value)
        def when(component, name):
            value = component.get(name)
            return None if value is None else value.dt.isoformat()
        events = []
        for event in calendar.walk("VEVENT"):
            problems.extend(event.errors)
            start = event.get("DTSTART")
            events.append({
                "uid": text(event, "UID"),
                "sequence": int(event.get("SEQUENCE", 0)),
                "summary": text(event, "SUMMARY"),
                "description": text(event, "DESCRIPTION"),
                "url": text(event, "URL"),
                "start": when(event, "DTSTART"),
                "startZone": None if start is None else start.params.get("TZID"),
                "end": when(event, "DTEND"),
            })
        problems.extend(calendar.errors)
        json.dump({
            "name": text(calendar, "X-WR-CALNAME"),
            "method": text(calendar, "METHOD"),
            "timeZones": [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")],
            "events": events,
            "problems": [str(p) for p in problems],
        }, sys.stdout)
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ParsedCalendar> ParseAsync(byte[] file)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        await python.StandardInput.BaseStream.WriteAsync(file);
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException("icalendar could not read the file: " + await errors);
        }

        return JsonSerializer.Deserialize<ParsedCalendar>(await output, Json)!;
    }
}
