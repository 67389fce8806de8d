using Ets2Coach.Recording.Import;

namespace Ets2Coach.Recording.Tests.Import;

public sealed class Rfc4180ReaderTests
{
    [Fact]
    public void TryReadRecord_QuotedFields_KeepDelimitersQuotesAndLineBreaks()
    {
        var reader = new Rfc4180Reader(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\nlast,,z"));
        var fields = new List<string>();

        Assert.True(reader.TryReadRecord(fields, out var line1, out _));
        Assert.Equal(["a", "b,c", "say \"hi\""], fields);
        Assert.True(reader.TryReadRecord(fields, out var line2, out _));
        Assert.Equal(["two\nlines", "x", ""], fields);
        Assert.True(reader.TryReadRecord(fields, out var line3, out _));
        Assert.Equal(["last", "", "z"], fields);
        Assert.False(reader.TryReadRecord(fields, out _, out var error));
        Assert.Null(error);
        Assert.Equal((1, 2, 4), (line1, line2, line3));
    }

    [Fact]
    public void TryReadRecord_UnclosedQuote_FailsNamingTheLine()
    {
        var reader = new Rfc4180Reader(new StringReader("a,b\n1,\"never closed\n2,3\n"));
        var fields = new List<string>();
        Assert.True(reader.TryReadRecord(fields, out _, out _));

        Assert.False(reader.TryReadRecord(fields, out _, out var error));

        Assert.Equal("line 2: a quoted field is not closed before the end of the file", error);
    }

    [Fact]
    public void TryReadRecord_SemicolonDelimiter_SplitsOnSemicolonsOnly()
    {
        var reader = new Rfc4180Reader(new StringReader("1,5;2,5\n"), ';');
        var fields = new List<string>();

        Assert.True(reader.TryReadRecord(fields, out _, out _));

        Assert.Equal(["1,5", "2,5"], fields);
    }
}
