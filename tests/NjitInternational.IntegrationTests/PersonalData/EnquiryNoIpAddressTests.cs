using System.Data.Common;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Security;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.PersonalData;

/// <summary>
/// No IP address is stored with an enquiry: submitted through a trusted proxy (so the site does know
/// the visitor's address), the enquiry table has no column for one and no stored row holds it.
/// </summary>
public class EnquiryNoIpAddressTests(TrustedProxySiteFactory site) : IClassFixture<TrustedProxySiteFactory>
{
    private const string VisitorAddress = "198.51.100.77";

    [Fact]
    public async Task Enquiry_SubmittedThroughAProxy_StoresNoIpAddress_InTheEnquiryTableOrAnywhereElse()
    {
        using var client = site.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(ProbeSiteFactory.PeerHeader, TrustedProxySiteFactory.Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", VisitorAddress);
        var page = await client.GetHtmlAsync("/en/study-at-njit");
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        using (var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Enquiry.Name"] = "Address Tester",
            ["Enquiry.Email"] = "address.tester@example.test",
            ["Enquiry.Topic"] = "No IP address test",
            ["Enquiry.Message"] = "Please do not keep my IP address.",
            ["Enquiry.Consent"] = "true",
            ["Enquiry.Website"] = string.Empty,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var (columns, rows) = await site.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var names = await ReadAsync(connection, "SELECT name FROM pragma_table_info('Enquiries')");
            var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
            var values = new List<string>();
            foreach (var table in tables)
            {
                values.AddRange(await ReadAsync(connection, $"SELECT * FROM \"{table}\""));
            }

            return (names, values);
        });

        Assert.Contains("Email", columns);
        Assert.DoesNotContain(columns, c => c.Contains("ip", StringComparison.OrdinalIgnoreCase) || c.Contains("remote", StringComparison.OrdinalIgnoreCase) || c.Contains("forwarded", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, v => v.Contains("address.tester@example.test", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, v => v.Contains(VisitorAddress, StringComparison.Ordinal) || v.Contains(TrustedProxySiteFactory.Proxy, StringComparison.Ordinal));
    }

    /// <summary>Every non-null value of every row, as text.</summary>
    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!await reader.IsDBNullAsync(i))
                {
                    values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }
        }

        return values;
    }
}
