using System.Text;

namespace Siege.Web.Tests;

/// <summary>Requests on a real socket, written byte for byte, so that no client tidies a path before the server sees it.</summary>
public sealed class WireTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    [Fact]
    public void Port_0_gets_a_free_port_on_127_0_0_1()
    {
        Assert.Equal("127.0.0.1", server.Address.Host);
        Assert.NotEqual(0, server.Address.Port);
    }

    [Fact]
    public async Task The_root_serves_index_html_under_a_policy_that_allows_no_other_origin()
    {
        var (status, text) = await server.GetRawAsync("/");
        Assert.Equal(200, status);
        Assert.Contains("<title>test viewer</title>", text);
        Assert.Contains("Content-Type: text/html", text);
        Assert.Contains("Content-Security-Policy: default-src 'self';", text);
        Assert.Contains("X-Content-Type-Options: nosniff", text);
    }

    [Fact]
    public async Task Files_under_the_web_root_are_served()
    {
        var (status, text) = await server.GetRawAsync("/lib/viewer.js");
        Assert.Equal(200, status);
        Assert.Contains("export const answer = 42;", text);
    }

    [Fact]
    public async Task Errors_carry_the_security_headers_too()
    {
        var (status, text) = await server.GetRawAsync("/api/scenarios/no-such-siege");
        Assert.Equal(404, status);
        Assert.Contains("Content-Security-Policy: default-src 'self';", text);
    }

    // Each tries to reach a file outside the web root: the canary beside it, the system's password file, the
    // repository's or the build's files. Kestrel, the path guard and the file provider each stop some of them;
    // whichever does, the answer is an error and never the file.
    [Theory]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2e%2e/")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/lib/..%5c..%5csecret.txt")]
    [InlineData("/lib/..%5c..%5cSiege.slnx")]
    [InlineData("/lib/../../secret.txt")]
    [InlineData("/../secret.txt")]
    [InlineData("/lib/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/lib/.%2e/.%2e/secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/lib/..%00/secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/api/scenarios/..%2f..%2fsecret.txt")]
    [InlineData("/api/scenarios/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/Siege.Web.dll")]
    public async Task A_path_that_climbs_out_of_the_web_root_gets_an_error_and_never_the_file(string target)
    {
        var (status, text) = await server.GetRawAsync(target);
        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.DoesNotContain(KestrelServer.Secret, text);
        Assert.DoesNotContain("root:", text);
        Assert.DoesNotContain("<Solution", text);
        Assert.DoesNotContain("test viewer", text);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2e%2e/")]
    [InlineData("/lib/..%5c..%5cSiege.slnx")]
    public async Task The_guard_answers_a_climbing_path_with_a_400_problem(string target)
    {
        var answer = await server.GetRawAsync(target);
        Assert.Equal(400, answer.Status);
        Assert.Contains("Content-Type: application/problem+json", answer.Head);
        Problem.AssertBody(answer.Body, 400);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_a_rebound_name_cannot_read_the_API()
    {
        var (status, text) = await server.GetRawAsync("/api/scenarios", host: "attacker.example");
        Assert.Equal(400, status);
        Assert.DoesNotContain("hengyang-1944\",\"name\"", text);
        Assert.Equal(200, (await server.GetRawAsync("/api/scenarios", host: $"localhost:{server.Address.Port}")).Status);
    }

    [Fact]
    public async Task The_server_refuses_a_body_whose_declared_length_is_over_the_limit()
    {
        var head = "POST /api/scenarios/hengyang-1944/whatif HTTP/1.1\r\n" +
            $"Host: {server.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n";
        var (status, text) = await server.SendRawAsync(head);
        Assert.Equal(413, status);
        Assert.Contains("application/problem+json", text);
    }

    [Fact]
    public async Task The_server_stops_reading_a_chunked_body_at_the_limit()
    {
        var head = "POST /api/scenarios/hengyang-1944/whatif HTTP/1.1\r\n" +
            $"Host: {server.Address.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        var chunk = new string(' ', 4096);
        var body = new StringBuilder();
        for (var i = 0; i < 5; i++) body.Append("1000\r\n").Append(chunk).Append("\r\n");
        body.Append("0\r\n\r\n");
        var (status, text) = await server.SendRawAsync(head, Encoding.ASCII.GetBytes(body.ToString()));
        Assert.Equal(413, status);
        Assert.Contains("application/problem+json", text);
    }
}
