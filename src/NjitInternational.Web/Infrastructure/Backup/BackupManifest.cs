using System.Text.Json;
using System.Text.Json.Serialization;

namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup archive: what the archive must hold, so a restore can prove
/// it restored everything (row counts per table, a checksum per file, the schema's migration).
/// </summary>
public sealed record BackupManifest
{
    /// <summary>Raised when the archive layout changes, so an old restore refuses a newer archive.</summary>
    public const int CurrentFormat = 1;

    public const string EntryName = "manifest.json";

    public const string DatabaseEntryName = "database.sqlite";

    /// <summary>Media files are stored under this folder of the archive, with their paths below the media root.</summary>
    public const string MediaFolder = "media/";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int Format { get; init; } = CurrentFormat;

    public DateTimeOffset CreatedAtUtc { get; init; }

    /// <summary>The newest applied migration of the copied database, e.g. "20261204174044_TranslationStamps".</summary>
    public string? LatestMigration { get; init; }

    public required BackupFile Database { get; init; }

    /// <summary>Rows per table of the copied database, by table name.</summary>
    public required IReadOnlyDictionary<string, long> Tables { get; init; }

    public required IReadOnlyList<BackupFile> MediaFiles { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? FromJson(string json) => JsonSerializer.Deserialize<BackupManifest>(json, Json);
}

/// <summary>One file of the archive: its path (relative, '/'-separated), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
