using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Streams the elements of a top-level JSON array one at a time, each as soon as it is complete:
/// memory holds one element (not the file), and a syntax error later in the file does not lose
/// the elements before it (they were already yielded when the error is thrown).
/// </summary>
internal static class JsonArrayReader
{
    private const int InitialBuffer = 1 << 16;

    /// <exception cref="JsonException">The stream is not a JSON array, or stops being valid JSON.</exception>
    public static async IAsyncEnumerable<JsonElement> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[InitialBuffer];
        var length = 0;
        var final = false;
        var state = new JsonReaderState();
        var started = false;
        while (true)
        {
            if (!final && length < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                length += read;
                final = read == 0;
            }
            var skip = !started && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            var step = Parse(buffer.AsSpan(skip, length - skip), final, state, started);
            step = step with { Consumed = step.Consumed + skip };
            foreach (var element in step.Elements)
            {
                yield return element;
            }
            if (step.Error is { } error)
            {
                throw error;
            }
            if (step.Ended)
            {
                yield break;
            }
            state = step.State;
            started = step.Started;
            if (final && step.Consumed == 0 && step.Elements.Count == 0)
            {
                throw new JsonException("The JSON array ends before it is closed.");
            }
            // Keep what is not consumed at the front; grow when one element is larger than the buffer.
            Array.Copy(buffer, step.Consumed, buffer, 0, length - step.Consumed);
            length -= step.Consumed;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    private readonly record struct Step(List<JsonElement> Elements, int Consumed, JsonReaderState State, bool Started, bool Ended, JsonException? Error = null);

    /// <summary>Parses what it can; an error is returned with the elements completed before it, not thrown over them.</summary>
    private static Step Parse(ReadOnlySpan<byte> data, bool final, JsonReaderState state, bool started)
    {
        var elements = new List<JsonElement>();
        try
        {
            return ParseElements(data, final, state, started, elements);
        }
        catch (JsonException exception)
        {
            return new Step(elements, 0, state, started, false, exception);
        }
    }

    private static Step ParseElements(ReadOnlySpan<byte> data, bool final, JsonReaderState state, bool started, List<JsonElement> elements)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var consumed = 0;
        var savedState = state;
        while (true)
        {
            var before = (int)reader.BytesConsumed;
            var stateBefore = reader.CurrentState;
            if (!reader.Read())
            {
                return new Step(elements, consumed, savedState, started, false);
            }
            if (!started)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException("The JSON is not an array.");
                }
                started = true;
                consumed = (int)reader.BytesConsumed;
                savedState = reader.CurrentState;
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return new Step(elements, (int)reader.BytesConsumed, reader.CurrentState, started, true);
            }
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                // The element goes on past this buffer: come back for it with more data.
                return new Step(elements, before, stateBefore, started, false);
            }
            var end = (int)reader.BytesConsumed;
            using (var document = JsonDocument.Parse(data[start..end].ToArray()))
            {
                elements.Add(document.RootElement.Clone());
            }
            consumed = end;
            savedState = reader.CurrentState;
        }
    }
}
