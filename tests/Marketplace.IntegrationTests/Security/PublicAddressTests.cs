using Marketplace.Web.Security;

namespace Marketplace.IntegrationTests.Security;

/// <summary>The public address is an origin, and outside Development an https one unless it names this machine.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("https://peduli.id", false, "https://peduli.id/x?y=1")]
    [InlineData("https://peduli.id:8443/", false, "https://peduli.id:8443/x?y=1")]
    [InlineData("http://localhost", false, "http://localhost/x?y=1")]
    [InlineData("http://127.0.0.1:5080", false, "http://127.0.0.1:5080/x?y=1")]
    [InlineData("http://192.168.1.20:5080", true, "http://192.168.1.20:5080/x?y=1")]
    public void AnOrigin_IsAccepted_AndLinksAreBuiltOnIt(string configured, bool isDevelopment, string link)
    {
        Assert.Equal(link, PublicAddress.From(configured, isDevelopment).Absolute("/x?y=1"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("peduli.id", true)]
    [InlineData("ftp://peduli.id", true)]
    [InlineData("https://peduli.id/app", true)]
    [InlineData("https://peduli.id/?x=1", true)]
    [InlineData("https://user:secret@peduli.id", true)]
    [InlineData("http://peduli.id", false)]
    public void AnythingElse_StopsTheStart(string? configured, bool isDevelopment)
    {
        Assert.Throws<InvalidOperationException>(() => PublicAddress.From(configured, isDevelopment));
    }

    [Fact]
    public void OnlyAnHttpsAddress_RequiresHttps()
    {
        Assert.True(PublicAddress.From("https://peduli.id", isDevelopment: false).RequiresHttps);
        Assert.False(PublicAddress.From("http://localhost:5080", isDevelopment: true).RequiresHttps);
    }
}
