// Prints what nvml::Library collects, as text or JSON, to check the NVML layer on a real GPU host without Qt:
//   g++ -std=c++20 -O1 -I backend tests/manual/nvmldump.cpp backend/agent/nvmlapi.cpp -ldl -o /tmp/nvmldump
//   /tmp/nvmldump [--json] [--telemetry] [--library PATH] [--repeat N]
// Exit status: 0 when NVML answered, 1 when it is unavailable, 2 on a usage error.
#include "agent/nvmlapi.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

namespace {
std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

// A small JSON writer: objects and arrays with commas handled, enough for this dump.
class Json
{
public:
    void open(const char *key, char bracket)
    {
        sep(key);
        m_out += bracket;
        m_first = true;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }
    void str(const char *key, const std::string &v)
    {
        sep(key);
        m_out += quoted(v);
    }
    void num(const char *key, unsigned long long v)
    {
        sep(key);
        m_out += std::to_string(v);
    }
    void snum(const char *key, long long v)
    {
        sep(key);
        m_out += std::to_string(v);
    }
    void boolean(const char *key, bool v)
    {
        sep(key);
        m_out += v ? "true" : "false";
    }
    template <typename T> void opt(const char *key, const std::optional<T> &v)
    {
        if (!v)
            return;
        if constexpr (std::is_same_v<T, std::string>)
            str(key, *v);
        else if constexpr (std::is_signed_v<T>)
            snum(key, *v);
        else
            num(key, *v);
    }
    void errors(const nvml::Failures &f)
    {
        if (f.empty())
            return;
        open("errors", '{');
        for (const auto &[key, failure] : f) {
            open(key.c_str(), '{');
            snum("code", failure.code);
            str("message", failure.message);
            close('}');
        }
        close('}');
    }
    const std::string &text() const { return m_out; }

private:
    void sep(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        if (key)
            m_out += quoted(key) + ':';
    }
    std::string m_out;
    bool m_first = true;
};

void scheduler(Json &j, const char *key, const nvml::Scheduler &s)
{
    j.open(key, '{');
    j.num("policy", s.policy);
    j.num("arrMode", s.arrMode);
    j.opt("averagingFactor", s.averagingFactor);
    j.num("timesliceNs", s.timesliceNs);
    j.close('}');
}

std::string toJson(const nvml::Snapshot &s, const std::vector<std::string> &missing)
{
    Json j;
    j.open(nullptr, '{');
    j.boolean("available", s.available);
    if (!s.available)
        j.str("unavailableReason", s.unavailableReason);
    j.opt("driverVersion", s.driverVersion);
    j.opt("nvmlVersion", s.nvmlVersion);
    j.opt("cudaDriverVersion", s.cudaDriverVersion);
    j.open("missingSymbols", '[');
    for (const std::string &m : missing)
        j.str(nullptr, m);
    j.close(']');
    j.errors(s.errors);
    j.open("gpus", '[');
    for (const nvml::Gpu &g : s.gpus) {
        j.open(nullptr, '{');
        j.num("index", g.index);
        j.opt("name", g.name);
        j.opt("uuid", g.uuid);
        j.opt("busId", g.busId);
        j.opt("memoryTotalBytes", g.memoryTotalBytes);
        j.opt("memoryUsedBytes", g.memoryUsedBytes);
        j.opt("gpuUtil", g.gpuUtil);
        j.opt("memUtil", g.memUtil);
        j.opt("encoderUtil", g.encoderUtil);
        j.opt("temperatureC", g.temperatureC);
        j.opt("powerMilliwatts", g.powerMilliwatts);
        j.opt("powerLimitMilliwatts", g.powerLimitMilliwatts);
        j.opt("virtualizationMode", g.virtualizationMode);
        j.opt("hostVgpuMode", g.hostVgpuMode);
        j.opt("migCurrent", g.migCurrent);
        j.opt("migPending", g.migPending);
        j.open("gpuInstances", '[');
        for (const nvml::GpuInstance &gi : g.gpuInstances) {
            j.open(nullptr, '{');
            j.num("id", gi.id);
            j.num("profileId", gi.profileId);
            j.str("profile", gi.profileName);
            j.num("slices", gi.sliceCount);
            j.num("memoryMB", gi.memorySizeMB);
            j.num("start", gi.placementStart);
            j.num("size", gi.placementSize);
            j.close('}');
        }
        j.close(']');
        j.open("vgpus", '[');
        for (const nvml::VgpuInstance &v : g.vgpus) {
            j.open(nullptr, '{');
            j.num("instance", v.instance);
            j.opt("typeId", v.typeId);
            j.opt("type", v.typeName);
            j.opt("typeFramebufferBytes", v.typeFramebufferBytes);
            j.opt("vmId", v.vmId);
            j.snum("vmIdType", v.vmIdType);
            j.opt("uuid", v.uuid);
            j.opt("mdevUuid", v.mdevUuid);
            j.opt("fbUsedBytes", v.fbUsedBytes);
            if (v.license) {
                const nvml::License &l = *v.license;
                char expiry[32];
                std::snprintf(expiry, sizeof expiry, "%04u-%02u-%02uT%02u:%02u:%02uZ", l.year, l.month, l.day,
                              l.hour, l.minute, l.second);
                j.open("license", '{');
                j.boolean("licensed", l.licensed);
                j.num("state", l.state);
                j.num("expiryStatus", l.expiryStatus);
                j.str("expiry", expiry);
                j.close('}');
            }
            j.opt("placementId", v.placementId);
            j.opt("gpuInstanceId", v.gpuInstanceId);
            j.opt("gpuUtil", v.gpuUtil);
            j.opt("memUtil", v.memUtil);
            j.opt("encoderUtil", v.encoderUtil);
            j.opt("decoderUtil", v.decoderUtil);
            j.errors(v.errors);
            j.close('}');
        }
        j.close(']');
        if (g.scheduler)
            scheduler(j, "scheduler", *g.scheduler);
        if (g.schedulerLog) {
            j.open("schedulerLog", '{');
            j.num("engineId", g.schedulerLog->engineId);
            scheduler(j, "state", g.schedulerLog->state);
            j.num("entries", g.schedulerLog->entries.size());
            j.close('}');
        }
        j.errors(g.errors);
        j.close('}');
    }
    j.close(']');
    j.close('}');
    return j.text();
}

template <typename T>
std::string fact(const std::optional<T> &v, const nvml::Failures &errors, const char *key,
                 const char *unit = "")
{
    if (v) {
        if constexpr (std::is_same_v<T, std::string>)
            return *v + unit;
        else
            return std::to_string(*v) + unit;
    }
    const auto it = errors.find(key);
    return it == errors.end() ? std::string("-") : "? (" + it->second.message + ")";
}

void printText(const nvml::Snapshot &s, const std::vector<std::string> &missing)
{
    if (!s.available) {
        std::printf("NVML unavailable: %s\n", s.unavailableReason.c_str());
        return;
    }
    std::printf("driver %s, NVML %s, CUDA driver %s\n",
                fact(s.driverVersion, s.errors, "driverVersion").c_str(),
                fact(s.nvmlVersion, s.errors, "nvmlVersion").c_str(),
                fact(s.cudaDriverVersion, s.errors, "cudaDriverVersion").c_str());
    if (!missing.empty()) {
        std::printf("symbols this driver lacks:");
        for (const std::string &m : missing)
            std::printf(" %s", m.c_str());
        std::printf("\n");
    }
    for (const auto &[key, f] : s.errors)
        std::printf("  %s unknown: %s (%d)\n", key.c_str(), f.message.c_str(), f.code);
    for (const nvml::Gpu &g : s.gpus) {
        const auto mib = [](const std::optional<unsigned long long> &b) {
            return b ? std::optional<unsigned long long>(*b / (1024 * 1024)) : std::nullopt;
        };
        std::printf("GPU %u  %s  %s  %s\n", g.index, fact(g.name, g.errors, "name").c_str(),
                    fact(g.uuid, g.errors, "uuid").c_str(), fact(g.busId, g.errors, "busId").c_str());
        std::printf("  memory        %s used of %s\n",
                    fact(mib(g.memoryUsedBytes), g.errors, "memoryUsedMiB", " MiB").c_str(),
                    fact(mib(g.memoryTotalBytes), g.errors, "memoryTotalMiB", " MiB").c_str());
        std::printf("  utilization   gpu %s  memory %s  encoder %s\n",
                    fact(g.gpuUtil, g.errors, "gpuUtil", "%").c_str(),
                    fact(g.memUtil, g.errors, "memUtil", "%").c_str(),
                    fact(g.encoderUtil, g.errors, "encoderUtil", "%").c_str());
        std::printf("  temperature   %s\n", fact(g.temperatureC, g.errors, "temperatureC", " C").c_str());
        std::printf("  power         %s of %s\n", fact(g.powerMilliwatts, g.errors, "powerW", " mW").c_str(),
                    fact(g.powerLimitMilliwatts, g.errors, "powerLimitW", " mW").c_str());
        std::printf("  virtualization mode %s, host vGPU mode %s\n",
                    fact(g.virtualizationMode, g.errors, "virtualizationMode").c_str(),
                    fact(g.hostVgpuMode, g.errors, "hostVgpuMode").c_str());
        std::printf("  MIG current %s, pending %s\n", fact(g.migCurrent, g.errors, "migEnabled").c_str(),
                    fact(g.migPending, g.errors, "migPendingEnabled").c_str());
        for (const nvml::GpuInstance &gi : g.gpuInstances)
            std::printf("    GI %u  %-14s profile %u  slices %u  %llu MB  placement %u+%u\n", gi.id,
                        gi.profileName.c_str(), gi.profileId, gi.sliceCount, gi.memorySizeMB,
                        gi.placementStart, gi.placementSize);
        for (const nvml::VgpuInstance &v : g.vgpus) {
            std::printf("    vGPU %u  %s  vm %s  mdev %s  fb %s  util %s\n", v.instance,
                        fact(v.typeName, v.errors, "type").c_str(), fact(v.vmId, v.errors, "vmId").c_str(),
                        fact(v.mdevUuid, v.errors, "mdevUuid").c_str(),
                        fact(mib(v.fbUsedBytes), v.errors, "fbUsedMiB", " MiB").c_str(),
                        fact(v.gpuUtil, v.errors, "gpuUtil", "%").c_str());
            if (v.license)
                std::printf(
                    "      licence: %s, state %u, expiry status %u, %04u-%02u-%02u %02u:%02u:%02u UTC\n",
                    v.license->licensed ? "licensed" : "unlicensed", v.license->state,
                    v.license->expiryStatus, v.license->year, v.license->month, v.license->day,
                    v.license->hour, v.license->minute, v.license->second);
        }
        if (g.scheduler)
            std::printf("  vGPU scheduler policy %u, ARR mode %u, time slice %u ns\n", g.scheduler->policy,
                        g.scheduler->arrMode, g.scheduler->timesliceNs);
        if (g.schedulerLog)
            std::printf("  vGPU scheduler log: engine %u, %zu entries\n", g.schedulerLog->engineId,
                        g.schedulerLog->entries.size());
        for (const auto &[key, f] : g.errors)
            std::printf("  %-13s unknown: %s (%d)\n", key.c_str(), f.message.c_str(), f.code);
    }
}
} // namespace

int main(int argc, char **argv)
{
    bool json = false;
    nvml::Scope scope = nvml::Scope::Full;
    std::string library = nvml::DefaultLibrary;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json")) {
            json = true;
        } else if (!std::strcmp(argv[i], "--telemetry")) {
            scope = nvml::Scope::Telemetry;
        } else if (!std::strcmp(argv[i], "--library") && i + 1 < argc) {
            library = argv[++i];
        } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: %s [--json] [--telemetry] [--library PATH] [--repeat N]\n", argv[0]);
            return 2;
        }
    }
    const nvml::Library nvml(library);
    nvml::Snapshot s;
    for (int i = 0; i < repeat; ++i) {
        if (i > 0)
            std::this_thread::sleep_for(std::chrono::seconds(1)); // --repeat shows telemetry moving, 1 Hz
        const auto start = std::chrono::steady_clock::now();
        s = nvml.collect(scope);
        const auto ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (json)
            std::printf("%s\n", toJson(s, nvml.missingSymbols()).c_str());
        else
            printText(s, nvml.missingSymbols());
        if (!json)
            std::printf("(collected in %.1f ms)\n", ms);
    }
    return s.available ? 0 : 1;
}
