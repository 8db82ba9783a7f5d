# Reads everything from settings.ini (the nbdev 2 convention): edit that file, not this one.
from configparser import ConfigParser
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

requirements = cfg.get('requirements', '').split()
dev_requirements = cfg.get('dev_requirements', '').split()
eval_requirements = cfg.get('eval_requirements', '').split()   # lmms-eval: install with a constraints file pinning torch (README)
docs_requirements = cfg.get('docs_requirements', '').split()   # Quarto for nbdev_docs (its wheel fetches the Quarto binary when installed)
setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    author=cfg['author'], author_email=cfg['author_email'], license='Apache Software License 2.0',
    packages=setuptools.find_packages(include=['unigame', 'unigame.*']), include_package_data=True,
    install_requires=requirements, extras_require={'dev': dev_requirements, 'eval': eval_requirements, 'docs': docs_requirements},
    python_requires='>=' + cfg['min_python'], zip_safe=False,
    entry_points={'nbdev': [f'{cfg["lib_path"]}={cfg["lib_path"]}._modidx:d'],
                  'lmms_eval.models': ['unigame_janus = unigame.lmms:manifest']},
)
