// C++: exceptions, a static object's destructor (__cxa_atexit with __dso_handle),
// std::string, std::vector, typeinfo: `c++ exc.cpp` (libstdc++ implied: -lstdc++).
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

struct Noisy {
  std::string name;
  explicit Noisy(const char *n) : name(n) {}
  ~Noisy() {
    std::printf("bye %s\n", name.c_str());
  }
};

static Noisy global("global");

static int parse(const std::string &s) {
  if (s.empty())
    throw std::invalid_argument("empty");
  return std::stoi(s);
}

int main() {
  std::vector<std::string> in = {"12", "", "x", "30"};
  int sum = 0, errors = 0;
  for (const auto &s : in) {
    try {
      sum += parse(s);
    } catch (const std::invalid_argument &e) {
      std::printf("invalid: %s\n", e.what());
      errors++;
    }
  }
  std::printf("sum %d, errors %d\n", sum, errors);
  return errors;
}
