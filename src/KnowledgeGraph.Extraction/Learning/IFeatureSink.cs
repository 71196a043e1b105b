namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// Where a feature extractor writes a candidate's features: a <see cref="FeatureBag"/> keeps them by
/// name (training, explanations), a <see cref="FeatureRow"/> writes straight into the columns of
/// one classifier and drops what the classifier does not read (extraction).
/// </summary>
public interface IFeatureSink
{
    /// <summary>An indicator feature (value 1).</summary>
    void Add(string name);

    /// <summary>A numeric feature; 0 adds nothing.</summary>
    void Add(string name, float value);

    /// <summary>An indicator feature when <paramref name="value"/> holds.</summary>
    void Add(string name, bool value);

    /// <summary>The indicator feature named <paramref name="prefix"/> followed by <paramref name="suffix"/> ("t-prev:" + a word).</summary>
    void Add(string prefix, ReadOnlySpan<char> suffix);
}
