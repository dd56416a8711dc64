#include "training/internal/BertNetwork.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace lepton {

namespace {

// transformers nests its modules ("attention.self.query"); plain containers reproduce the names.
torch::nn::Module &child(torch::nn::Module &parent, const std::string &name)
{
    return *parent.register_module(name, std::make_shared<torch::nn::Module>());
}

torch::nn::LayerNorm layerNorm(const BertConfig &config)
{
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hiddenSize}).eps(config.layerNormEps));
}

torch::Tensor activate(const std::string &activation, const torch::Tensor &x)
{
    if (activation == "gelu") return torch::gelu(x);  // exact: 0.5 x (1 + erf(x / sqrt 2))
    if (activation == "gelu_new" || activation == "gelu_pytorch_tanh") return torch::gelu(x, "tanh");
    if (activation == "relu") return torch::relu(x);
    return torch::silu(x);  // silu / swish; BertConfig::validate admits nothing else
}

}  // namespace

BertLayerImpl::BertLayerImpl(const BertConfig &config)
    : m_heads(config.numAttentionHeads), m_activation(config.hiddenAct)
{
    const int64_t hidden = config.hiddenSize;
    auto &attention = child(*this, "attention");
    m_self = &child(attention, "self");
    query = m_self->register_module("query", torch::nn::Linear(hidden, hidden));
    key = m_self->register_module("key", torch::nn::Linear(hidden, hidden));
    value = m_self->register_module("value", torch::nn::Linear(hidden, hidden));
    auto &attentionOutput = child(attention, "output");
    m_attentionDense = attentionOutput.register_module("dense", torch::nn::Linear(hidden, hidden));
    m_attentionNorm = attentionOutput.register_module("LayerNorm", layerNorm(config));
    m_intermediateDense =
        child(*this, "intermediate").register_module("dense", torch::nn::Linear(hidden, config.intermediateSize));
    auto &output = child(*this, "output");
    m_outputDense = output.register_module("dense", torch::nn::Linear(config.intermediateSize, hidden));
    m_outputNorm = output.register_module("LayerNorm", layerNorm(config));
    m_attentionDropout = register_module("attention_dropout", torch::nn::Dropout(config.attentionProbsDropoutProb));
    m_hiddenDropout = register_module("hidden_dropout", torch::nn::Dropout(config.hiddenDropoutProb));
}

void BertLayerImpl::addLora(int64_t rank, double alpha)
{
    const int64_t hidden = query->weight.size(1);
    queryLora = m_self->register_module("query_lora", LoraAdapter(hidden, hidden, rank, alpha));
    valueLora = m_self->register_module("value_lora", LoraAdapter(hidden, hidden, rank, alpha));
}

torch::Tensor BertLayerImpl::splitHeads(const torch::Tensor &x) const
{
    return x.view({x.size(0), x.size(1), m_heads, x.size(2) / m_heads}).permute({0, 2, 1, 3});
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor &hidden, const torch::Tensor &additiveMask)
{
    auto q = query(hidden), v = value(hidden);
    if (queryLora) {
        q = q + queryLora(hidden);
        v = v + valueLora(hidden);
    }
    q = splitHeads(q);
    const auto k = splitHeads(key(hidden));
    v = splitHeads(v);
    const double headSize = static_cast<double>(hidden.size(2) / m_heads);
    auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(headSize);
    const auto probabilities = m_attentionDropout(torch::softmax(scores + additiveMask, -1));
    const auto context = torch::matmul(probabilities.to(v.scalar_type()), v)
                             .permute({0, 2, 1, 3})
                             .reshape({hidden.size(0), hidden.size(1), hidden.size(2)});
    const auto attended = m_attentionNorm(m_hiddenDropout(m_attentionDense(context)) + hidden);
    const auto intermediate = activate(m_activation, m_intermediateDense(attended));
    return m_outputNorm(m_hiddenDropout(m_outputDense(intermediate)) + attended);
}

BertNetworkImpl::BertNetworkImpl(const BertConfig &config) : m_config(config)
{
    m_config.validate("BERT config");
    const int64_t hidden = config.hiddenSize;
    auto &bert = child(*this, "bert");
    auto &embeddings = child(bert, "embeddings");
    m_words = embeddings.register_module(
        "word_embeddings",
        torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocabSize, hidden).padding_idx(config.padTokenId)));
    m_positions = embeddings.register_module("position_embeddings",
                                             torch::nn::Embedding(config.maxPositionEmbeddings, hidden));
    m_tokenTypes = embeddings.register_module("token_type_embeddings", torch::nn::Embedding(config.typeVocabSize, hidden));
    m_embeddingNorm = embeddings.register_module("LayerNorm", layerNorm(config));
    auto layerList = child(bert, "encoder").register_module("layer", torch::nn::ModuleList());
    for (int64_t i = 0; i < config.numHiddenLayers; ++i) {
        m_layers.emplace_back(config);
        layerList->push_back(m_layers.back());
    }
    m_pooler = child(bert, "pooler").register_module("dense", torch::nn::Linear(hidden, hidden));
    m_classifier = register_module(
        "classifier", torch::nn::Linear(hidden, static_cast<int64_t>(config.labels.size())));
    m_hiddenDropout = register_module("hidden_dropout", torch::nn::Dropout(config.hiddenDropoutProb));
    m_classifierDropout = register_module(
        "classifier_dropout", torch::nn::Dropout(config.classifierDropout.value_or(config.hiddenDropoutProb)));
    if (config.ngramBuckets > 0)
        m_ngrams = register_module("ngrams", BagOfNgrams(config.vocabSize, config.ngramBuckets, hidden));
    if (config.naiveBayesBuckets > 0)
        m_naiveBayes = register_module("naive_bayes", NaiveBayesPrior(config.vocabSize, config.naiveBayesBuckets,
                                                                      static_cast<int64_t>(config.labels.size())));

    torch::NoGradGuard noGrad;
    for (auto &module : modules(/*include_self=*/false)) {
        if (auto *linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0, config.initializerRange);
            linear->bias.zero_();
        } else if (auto *embedding = module->as<torch::nn::Embedding>()) {
            embedding->weight.normal_(0, config.initializerRange);
        } else if (auto *norm = module->as<torch::nn::LayerNorm>()) {
            norm->weight.fill_(1);
            norm->bias.zero_();
        }
    }
    m_words->weight[config.padTokenId].zero_();
}

void BertNetworkImpl::addLora(int64_t rank, double alpha)
{
    for (auto &layer : m_layers) layer->addLora(rank, alpha);
    to(m_words->weight.device());
}

torch::Tensor BertNetworkImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask,
                                       const torch::Tensor &tokenTypeIds, const torch::Tensor &countedLabels)
{
    if (!inputIds.defined() || inputIds.dim() != 2)
        throw std::runtime_error("BERT needs a batch of token ids shaped [batch, length]");
    const int64_t length = inputIds.size(1);
    if (length > m_config.maxPositionEmbeddings)
        throw std::runtime_error("a sequence of " + std::to_string(length) + " tokens is longer than the model's " +
                                 std::to_string(m_config.maxPositionEmbeddings) +
                                 " positions (max_position_embeddings); truncate to that length");
    if (inputIds.numel() > 0) {
        const auto [low, high] = torch::aminmax(inputIds);
        const int64_t lowest = low.item<int64_t>(), highest = high.item<int64_t>();
        if (lowest < 0 || highest >= m_config.vocabSize)
            throw std::runtime_error("token id " + std::to_string(lowest < 0 ? lowest : highest) +
                                     " is outside the model's vocabulary of " + std::to_string(m_config.vocabSize) +
                                     " (vocab_size); was the text tokenized with this model's vocab.txt?");
    }
    const auto positions = torch::arange(length, inputIds.options()).unsqueeze(0);
    const auto types = tokenTypeIds.defined() ? tokenTypeIds : torch::zeros_like(inputIds);
    auto hidden = m_words(inputIds) + m_tokenTypes(types);
    hidden = m_hiddenDropout(m_embeddingNorm(hidden + m_positions(positions)));

    // Padding gets the lowest float, so exp() makes its attention weight exactly zero.
    const auto mask = attentionMask.defined() ? attentionMask : torch::ones_like(inputIds);
    const auto additiveMask =
        (1 - mask.to(torch::kFloat32)).view({mask.size(0), 1, 1, length}) * std::numeric_limits<float>::lowest();
    for (auto &layer : m_layers) hidden = layer(hidden, additiveMask);

    auto pooled = torch::tanh(m_pooler(hidden.select(1, 0)));
    if (m_ngrams) pooled = pooled + m_ngrams(inputIds, mask);
    const auto logits = m_classifier(m_classifierDropout(pooled));
    return m_naiveBayes ? logits + m_naiveBayes(inputIds, mask, countedLabels) : logits;
}

bool BertNetworkImpl::isLoraParameter(const std::string &name)
{
    return name.find("_lora.") != std::string::npos;
}

TensorMap BertNetworkImpl::exportState() const
{
    TensorMap state;
    for (const auto &item : named_parameters(true))
        if (!isLoraParameter(item.key())) state[item.key()] = item.value().detach().to(torch::kCPU);
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const auto &layer = m_layers[i];
        if (!layer->queryLora) continue;
        const std::string prefix = "bert.encoder.layer." + std::to_string(i) + ".attention.self.";
        state[prefix + "query.weight"] = (layer->query->weight + layer->queryLora->weightDelta()).to(torch::kCPU);
        state[prefix + "value.weight"] = (layer->value->weight + layer->valueLora->weightDelta()).to(torch::kCPU);
    }
    return state;
}

}  // namespace lepton
