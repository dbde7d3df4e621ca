"""Curated facts used by build.py: organisations, people, events, extra first
names and surnames, English function words. One entity a line:
'Canonical|alias|alias' with an optional ' @id'. Ids default to
'<prefix>:<slug of canonical>' and must stay stable: when a canonical name
changes, pin the old id with ' @'."""

# English function words (closed classes) that a dictionary of content words
# lacks; kept in common_words.txt whatever the dictionary says.
FUNCTION_WORDS = set("""
a an the this that these those some any each every either neither no none all both half
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
it its itself we us our ours ourselves they them their theirs themselves one ones
who whom whose which what whatever whoever whichever where when why how whether
and or but nor so yet for if then than because although though while unless until since
as at by from in into of off on onto out over to toward towards under up upon with within without
about above across after against along amid among around before behind below beneath beside
besides between beyond despite down during except inside near outside past per through
throughout till via
am is are was were be been being have has had having do does did done doing
will would shall should can could may might must ought
not no yes also too very just only even still already again ever never always often
here there now today tonight tomorrow yesterday
more most less least much many few several such own same other another
ok okay mr mrs ms dr
""".split())

# Extra first names (gender: names) frequent in international news and
# missing from the US Census lists.
FIRST_NAMES = """
M: Vladimir Volodymyr Sergei Sergey Serhiy Dmitry Dmitri Dmytro Mikhail Mykhailo Alexei Alexey Oleksiy Oleksii
M: Andrei Andriy Andrii Nikolai Mykola Yevgeny Yevgeniy Evgeny Yuri Yuriy Igor Ihor Oleg Oleh Viktor Vitali Vitaliy
M: Vyacheslav Valery Valeriy Gennady Anatoly Boris Pavlo Pavel Petro Pyotr Taras Arseniy Arseny Denys Denis Kyrylo Kirill
M: Ramzan Yevgeny Maxim Maksym Ruslan Rustam Ilham Nursultan Kassym-Jomart Shavkat Emomali Alexander Aleksandr Oleksandr Olexander
M: Recep Tayyip Mevlut Ahmet Mehmet Mustafa Kemal Hakan Binali Ekrem
M: Emmanuel Jean Jacques Francois François Nicolas Pierre Jean-Yves Jean-Luc Jean-Claude Jean-Marie Edouard Édouard Gerald Gérald Bruno Olivier Laurent Thierry Benoit Benoît
M: Olaf Angela Frank-Walter Joschka Gerhard Helmut Wolfgang Horst Sigmar Markus Friedrich Armin Heiko Boris Christian Robert Jens Joachim Karl Heinz
M: Silvio Matteo Mario Giuseppe Sergio Romano Paolo Enrico Giorgio Luigi Giovanni Massimo Roberto Antonio
M: Pedro Mariano Jose José Luis Alberto Felipe Juan Carlos Santiago Pablo Xavier Javier Alfonso
M: Viktor Andrzej Mateusz Donald Jaroslaw Jarosław Lech Radoslaw Radosław Zbigniew Milos Miloš Aleksandar Tomislav Zoran Janez Borut
M: Recep Benjamin Naftali Yair Ehud Ariel Shimon Yitzhak Isaac Avigdor Benny Itamar Bezalel Mahmoud Yasser Ismail Yahya Khaled Hassan Hasan
M: Bashar Hafez Saddam Nouri Haider Mustafa Masoud Abdel Abdul Abdullah Abdulaziz Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Hussein Hosni Anwar
M: Hassan Ebrahim Ayatollah Mahmoud Javad Hossein Masoud Qassem Ruhollah Hamid Jalal
M: Xi Li Wang Hu Wen Jiang Deng Mao Zhou Yang Zhao Chen Liu Qin Han
M: Shinzo Fumio Yoshihide Taro Junichiro Naoto Yukio Shigeru Kishida Haruhiko Kazuo Masayoshi Akio
M: Moon Yoon Suk-yeol Jae-in Kim Jong-un Jong-il Il-sung
M: Narendra Rahul Manmohan Amit Subrahmanyam Rajnath Nirmala Arvind Mukesh Gautam Ratan Sundar Satya Imran Nawaz Shehbaz Asif Bilawal Pervez
M: Jair Luiz Inacio Inácio Lula Javier Mauricio Alberto Gustavo Nicolas Nicolás Hugo Andres Andrés Manuel Enrique Evo Rafael Sebastian Sebastián Gabriel
M: Cyril Jacob Thabo Nelson Muhammadu Bola Goodluck Olusegun Uhuru William Paul Yoweri Abiy Isaias Emmerson Robert Hage Macky Alassane
M: Justin Stephen Pierre Anthony Malcolm Scott Kevin Tony Chris
M: Rishi Keir Boris Nigel Jeremy Sajid Dominic Priti Kwasi Grant Ben Ed Nicola Humza Sadiq
M: Antonio António Ursula Charles Josep Jose-Manuel Herman Donald Jean-Claude Romano Mark Jens Kaja Roberta Kristalina Christine Mario Klaus
M: Tedros Ban Kofi Boutros Javier Dag Filippo Rafael
M: Ibrahim Abbas Saleh Hadi Zayed Mohamad Mohamed Hamad Khalid Khalifa Faisal Fahd Salman Sultan Nasser Jamal Karim Tariq Omar Osama Rashid
M: Philippe Jean-Pierre Jean-Marc Jean-Paul Jean-Louis Jean-Michel Jean-Baptiste Jean-Francois Jean-François Pierre-Yves Hans-Dietrich Karl-Heinz Hans-Peter Jens-Peter
F: Yulia Iryna Olena Oksana Natalia Nataliya Svetlana Lyudmila Maria Mariya Valentina Elvira Anna Tatiana Tatyana Irina Olga Ekaterina Yekaterina Marina Alina Zakharova
F: Angela Ursula Annalena Saskia Alice Sahra Christine Kristalina Ngozi Roberta Kaja Ingrida Sanna Magdalena Mette Giorgia Marine Ségolène Segolene Anne Élisabeth Elisabeth Edith Rachida
F: Theresa Liz Priti Suella Nicola Kemi Rishi Yvette Angela Rachel Penny
F: Jacinda Julia Nancy Kamala Hillary Condoleezza Madeleine Janet Gina Jen Kristi Nikki Ilhan Alexandria
F: Tsai Ing-wen Aung San Suu Kyi Benazir Indira Sonia Sheikh Hasina Khaleda Megawati Dilma Cristina Michelle Claudia Xiomara
F: Ngozi Ellen Joyce Samia Nkosazana
U: Jong Sung Min Jin Young
# Given names common across Europe, Latin America, Africa, the Middle East
# and Asia (for the first-name rule; not entities).
M: Aleksei Anatoli Andrzej Antoni Arkadiusz Bartosz Bogdan Bohdan Borys Branko Dariusz Darko Dejan Dmitrij Dragan Goran Grzegorz Ivan Ivica Jakub Jan Janusz Jaroslav Jerzy Jiri Jiří Josip Kamil Karel Krzysztof Ladislav Leszek Lubomir Lukasz Łukasz Marek Marcin Mariusz Michal Michał Milan Miroslav Mykyta Nenad Ondrej Ondřej Pavol Petr Piotr Predrag Radek Rafal Rafał Robert Roman Sasa Saša Slavko Slawomir Sławomir Stanislav Stanislaw Stanisław Stjepan Tadeusz Tomasz Vaclav Václav Vasyl Vladimir Vladislav Vlastimil Vojtech Wojciech Zdenek Zdeněk Zbigniew Zeljko Željko Zoltan Zoltán Laszlo László Gabor Gábor Istvan István Janos János Sandor Sándor Tibor Ferenc Attila Csaba Gyula Imre Lajos Miklos Miklós
M: Aleksandar Bojan Dusan Dušan Milos Miloš Nikola Novak Ognjen Slobodan Stefan Vuk Zlatan Edin Emir Haris Hasan Mirza Nermin Senad Ante Luka Marko Mario Mateo Domagoj Dario Igor Ilija Kiril Hristo Dimitar Georgi Stoyan Todor Petar Plamen Boyko Rumen Traian Ion Ionut Ionuț Mihai Marius Florin Gheorghe Nicolae Vasile Dorin Adrian Cristian Catalin Cătălin Victor Sorin Bogdan
M: Giorgos Georgios Konstantinos Kostas Dimitris Dimitrios Nikos Nikolaos Yannis Yiannis Ioannis Panagiotis Christos Vasilis Stelios Theodoros Alexis Andreas Antonis Evangelos Kyriakos Stavros Spyros Sotiris Manolis
M: Ahmet Mehmet Mustafa Murat Hakan Emre Burak Cem Can Arda Kerem Selim Serkan Tolga Volkan Yusuf Ozan Onur Fatih Ilhan Kemal Bulent Bülent Necmettin Suleyman Süleyman Turgut Abdullah Recep Binali Devlet Meral
M: Aaron Abel Achim Adolf Albert Albrecht Alois Andreas Anton Armin Arne Axel Bastian Benedikt Bernd Bernhard Björn Bjorn Burkhard Carsten Christoph Claus Cornelius Detlef Dieter Dietmar Dirk Eckart Egon Erich Erik Ernst Felix Florian Franz Friedrich Fritz Georg Gerd Gerhard Gottfried Guenter Günter Günther Gunter Hannes Hans Harald Hartmut Heiko Heiner Heinrich Heinz Helmut Henning Herbert Hermann Holger Horst Hubert Ingo Jochen Joerg Jörg Juergen Jürgen Julian Kai Karsten Klaus Knut Konrad Kurt Lars Leon Lothar Lukas Manfred Marcel Markus Martin Mathias Matthias Max Michael Mirko Niklas Nils Norbert Olaf Oliver Oskar Otto Ralf Rainer Reiner Reinhard Rene René Roland Rolf Rudi Rudolf Rüdiger Ruediger Sascha Sebastian Siegfried Sigmar Stefan Steffen Sven Thilo Thomas Thorsten Tilo Till Tim Timo Tobias Torsten Udo Ulf Ulrich Uwe Volker Walter Werner Wilfried Wilhelm Willi Wolfgang
M: Aad Arjen Bart Bas Dirk Frans Frenk Geert Gerrit Hendrik Henk Jaap Jan Jeroen Johan Joost Kees Klaas Maarten Mark Pieter Piet Rob Robin Ruud Sjoerd Thijs Wim Willem Wout Wopke Arnaud Bart Koen Kristof Pieter Yves Wouter
M: Anders Arne Bengt Bjorn Björn Erik Fredrik Gunnar Hakan Håkan Henrik Ingvar Jens Johan Jonas Kjell Lars Magnus Mats Mikael Nils Olof Ola Ole Olav Per Peter Rasmus Stefan Sven Thomas Tore Torbjorn Torbjørn Ulf Anders Jesper Kasper Lars Mads Mikkel Morten Niels Nikolaj Soren Søren Jari Juha Jukka Kari Markku Matti Mika Mikko Pekka Petteri Sami Sauli Teemu Timo Tuomas Ville
M: Alain Alexandre Andre André Antoine Arnaud Aurelien Aurélien Benjamin Bernard Bertrand Cedric Cédric Christophe Claude Damien Didier Dominique Eric Éric Etienne Étienne Fabien Fabrice Florent Francis Franck Frederic Frédéric Gael Gaël Gerard Gérard Gilles Guillaume Guy Henri Herve Hervé Hugues Jacques Jerome Jérôme Julien Laurent Lionel Loic Loïc Lucas Marc Mathieu Matthieu Maxime Michel Nicolas Olivier Pascal Patrice Patrick Philippe Pierre Raphael Raphaël Regis Régis Remi Rémi Renaud Rene Romain Sebastien Sébastien Serge Stephane Stéphane Sylvain Thibaut Thierry Thomas Vincent Xavier Yannick Yann Yves Zinedine
M: Alessandro Alberto Alessio Andrea Angelo Antonio Carlo Cesare Claudio Daniele Dario Davide Domenico Emanuele Enrico Ettore Fabio Fabrizio Federico Filippo Flavio Francesco Franco Gabriele Giacomo Gian Giancarlo Gianluca Gianluigi Gianni Giorgio Giovanni Giulio Giuseppe Guido Leonardo Lorenzo Luca Luciano Luigi Marcello Marco Massimiliano Massimo Matteo Mattia Maurizio Michele Nicola Paolo Pietro Raffaele Riccardo Roberto Salvatore Sandro Sergio Silvio Simone Stefano Tommaso Umberto Valerio Vincenzo Vittorio
M: Adrian Agustin Agustín Alejandro Alfonso Alfredo Alvaro Álvaro Andres Andrés Angel Ángel Antonio Armando Arturo Bernardo Carlos Cesar César Cristian Cristiano Daniel Diego Eduardo Emilio Enrique Ernesto Esteban Federico Felipe Fernando Francisco Gabriel Gerardo Gonzalo Guillermo Gustavo Hector Héctor Hernan Hernán Horacio Hugo Ignacio Iker Jaime Javier Jesus Jesús Joaquin Joaquín Jorge Jose José Juan Julio Leonardo Lorenzo Luis Manuel Marcelo Marcos Mariano Mario Martin Martín Mateo Matias Matías Mauricio Miguel Nestor Néstor Oscar Óscar Pablo Pedro Rafael Ramon Ramón Raul Raúl Ricardo Roberto Rodrigo Rogelio Ruben Rubén Salvador Santiago Sergio Tomas Tomás Vicente Xavier
M: Afonso Alexandre Anderson Antonio Caio Cristiano Diogo Edson Fabio Felipe Fernando Flavio Gilberto Guilherme Gustavo Joao João Joaquim Jorge Leandro Luiz Marcelo Marcos Mauro Nuno Otavio Paulo Pedro Rafael Renato Ricardo Rodrigo Rui Sergio Thiago Tiago Vinicius Vinícius
M: Abdel Abdelaziz Abdelkader Abdul Abdulla Abdullah Abdulrahman Abu Adel Ahmad Ahmed Akram Ali Amir Amr Anas Anwar Ashraf Ayman Aziz Bandar Basel Bassam Fadi Fahad Fahd Faisal Farid Faris Fawzi Fouad Ghassan Habib Hadi Hamad Hamdan Hamed Hamid Hamza Hani Hassan Hatem Hazem Hesham Hisham Hossam Hussein Ibrahim Imad Ismail Issa Jaber Jafar Jamal Jamil Jawad Kamal Karim Khaled Khalid Khalil Mahmoud Majed Majid Mansour Marwan Mazen Mohamed Mohammad Mohammed Muhammad Mounir Mustafa Nabil Nader Naji Nasser Nawaf Nizar Omar Osama Qasim Rami Rashid Riad Riyad Saad Saeed Said Salah Saleh Salem Salim Salman Sami Samir Sultan Tamer Tarek Tariq Walid Waleed Yahya Yasser Yassin Youssef Yousef Yusuf Zaid Zayed Ziad
M: Abbas Ahmadreza Alireza Amin Arash Babak Bahram Behrouz Dariush Ebrahim Farhad Hamidreza Hossein Javad Kamran Kaveh Majid Masoud Mehdi Mohsen Mojtaba Morteza Reza Saeed Shahram Yousef
M: Avi Avraham Aharon Amos Ariel Asher Avigdor Benny Boaz Dan Daniel David Eitan Eli Eliezer Ehud Gadi Gideon Guy Itai Itamar Moshe Naftali Nir Noam Ofer Omer Oren Reuven Ron Shaul Shimon Shlomo Uri Yaakov Yair Yehuda Yigal Yitzhak Yoav Yonatan Yossi Zvi
M: Aditya Ajay Ajit Akash Akhilesh Amar Amit Amitabh Anand Anil Ankit Anupam Arjun Arun Arvind Ashok Ashwin Atul Bhupendra Deepak Dev Dinesh Gaurav Gautam Harish Hemant Jitendra Kapil Karan Kiran Krishna Lalit Mahendra Manish Manoj Mukesh Nikhil Nitin Nitish Pankaj Piyush Pradeep Prakash Pramod Pranab Prashant Rahul Raj Rajesh Rajiv Rakesh Ram Ramesh Ravi Rohit Sachin Sanjay Sandeep Sanjeev Shashi Shiv Shyam Subhash Sudhir Sunil Suresh Sushil Uday Vijay Vikas Vikram Vinod Virat Vivek Yogesh Yogi Asif Babar Fawad Imran Junaid Shahid Shoaib Wasim Waqar Younis Zaheer
M: Abiodun Adebayo Ademola Akin Babatunde Bola Chidi Chinedu Chukwuemeka Emeka Femi Ifeanyi Kayode Kunle Nnamdi Obinna Olu Oluwaseun Segun Tunde Uche Yakubu Abubakar Aliyu Atiku Ibrahim Musa Sani Kwame Kofi Kojo Kwabena Kwaku Yaw Didier Samuel Sadio Moussa Mamadou Ousmane Cheikh Idrissa Boubacar Amadou Aliou Issa Lamine Seydou Souleymane Thabo Sipho Jabulani Themba Bongani Mpho Tshepo Vusi Blessing Tendai Tatenda Uhuru Raila Jomo Eliud Wanjiku Haile Kenenisa Abebe Tesfaye Yoweri Bobi
M: Akira Daisuke Haruki Hideki Hiroshi Hiroki Hiroyuki Ichiro Kazuki Kazuo Keisuke Kenji Kenta Koji Makoto Masahiro Masaki Minoru Naoki Nobuo Osamu Ryo Ryota Satoshi Shigeru Shinji Shinzo Shohei Shota Shunichi Takashi Takeshi Taro Tatsuya Tetsuya Toshiaki Tsuyoshi Yasuhiro Yoshihiko Yoshio Yuji Yuki Yusuke Yuta
M: Anh Bao Cuong Duc Dung Hai Hieu Hoang Hung Huy Khanh Long Minh Nam Phong Phuc Quang Son Thanh Trung Tuan Vinh Somchai Prayut Thaksin Abhisit Surapong Anutin Joko Bambang Susilo Agus Budi Hendra Rizal Yusril Najib Muhyiddin Ismail Zahid Rafizi Rodrigo Ferdinand Bongbong Benigno Manny Gilberto Leni Ronald
F: Agnieszka Aleksandra Alicja Anna Barbara Beata Dorota Ewa Ewelina Halina Irena Iwona Joanna Justyna Katarzyna Karolina Kinga Magdalena Malgorzata Małgorzata Marta Monika Natalia Paulina Renata Sylwia Teresa Urszula Zofia Zuzana Jana Lenka Petra Tereza Veronika Martina Lucie Markéta Hana Ivana Jelena Milica Mirjana Snezana Vesna Dragana Marija Ana Ivanka Tatjana Ljubica Nevena Daria Darya Anastasia Anastasiya Ekaterina Elena Galina Inna Kateryna Khrystyna Ksenia Kseniya Larisa Lyudmila Nadezhda Nadiya Oksana Olena Polina Sofia Sofiya Svitlana Tetiana Vera Victoria Viktoria Viktoriya Yana Yelena Yevgenia Yuliya Zhanna Zoya Ilona Judit Katalin Krisztina Zsuzsanna Eszter Andrea Orsolya
F: Andrea Angelika Anja Anke Annegret Annette Antje Astrid Barbel Bärbel Birgit Brigitte Carola Claudia Cornelia Dagmar Doris Elke Franziska Gabriele Gerda Gesine Heike Heidi Hildegard Ilse Ines Ingrid Jana Jutta Karin Katarina Katharina Katja Kerstin Kristina Lena Manuela Margarete Margot Marion Monika Nadine Nicole Petra Renate Ricarda Sabine Sahra Sandra Silke Simone Sonja Stefanie Susanne Svenja Tanja Ulrike Ursula Ute Waltraud Anneke Femke Ilse Marieke Mieke Sanne Saskia Annika Birgitta Ebba Elin Frida Ingrid Kajsa Karin Lena Linnea Magdalena Malin Marit Mette Pernille Sanna Siv Tove Ulla Helle Lotte Jutta Kirsi Minna Paivi Päivi Riikka Tarja Tuula
F: Amelie Anais Anaïs Anne Annie Audrey Aurelie Aurélie Axelle Beatrice Béatrice Brigitte Camille Carole Catherine Cecile Cécile Celine Céline Chantal Christiane Christine Claire Clemence Clémence Corinne Delphine Dominique Elodie Élodie Emilie Émilie Florence Francoise Françoise Genevieve Geneviève Helene Hélène Isabelle Jeanne Josiane Julie Juliette Laetitia Laure Laurence Lea Léa Lucie Manon Margaux Marianne Marie Marine Marion Martine Mathilde Melanie Mélanie Monique Muriel Nathalie Nadia Pascale Patricia Rachida Sandrine Segolene Ségolène Severine Sévérine Simone Solene Solène Sophie Stephanie Stéphanie Sylvie Valerie Valérie Veronique Véronique Virginie Yvonne
F: Alessandra Alessia Alice Angela Anna Antonella Barbara Beatrice Benedetta Carla Chiara Cristina Daniela Donatella Elena Elisa Elisabetta Emma Federica Francesca Gabriella Giada Giorgia Giovanna Giulia Ilaria Laura Lucia Luisa Maria Marta Martina Mara Monica Nicoletta Paola Patrizia Raffaella Roberta Rosa Sara Serena Silvia Simona Sofia Teresa Valentina Valeria Vittoria
F: Adriana Alejandra Alicia Amparo Ana Andrea Angela Beatriz Blanca Camila Carmen Carolina Catalina Cecilia Claudia Concepcion Consuelo Cristina Daniela Dolores Elena Elisa Esperanza Estela Eva Fernanda Florencia Gabriela Gloria Graciela Guadalupe Ines Inés Irene Isabel Josefina Juana Julia Laura Leticia Lorena Lucia Lucía Luisa Luz Manuela Margarita Maria María Mariana Marisol Marta Mercedes Milagros Mónica Monica Natalia Nuria Paola Patricia Paula Pilar Raquel Rocio Rocío Rosa Rosario Sandra Silvia Sofia Sofía Soledad Susana Teresa Valentina Valeria Veronica Verónica Victoria Ximena Yolanda Dilma Marina Gleisi Simone Tabata Michelle Xiomara Delcy Keiko
F: Aisha Aishah Amal Amina Amira Asma Aya Dalia Dina Fatima Fatma Hala Hanan Hiba Hoda Huda Iman Jamila Karima Khadija Layla Leila Lina Mariam Maryam Mona Nadia Najla Nawal Noor Nour Rania Rasha Reem Salma Samira Sara Suha Yasmin Yasmine Zahra Zainab Zeinab Shirin Soheila Masih Narges Nasrin Tsipi Tzipi Ayelet Miri Merav Orit Shelly Limor Galit
F: Aishwarya Anjali Anita Anupama Deepika Divya Indira Jayalalithaa Kavita Lakshmi Mamata Mayawati Meena Neha Nirmala Pooja Priya Priyanka Radha Rekha Sangeeta Shabana Shanti Smriti Sonia Sunita Sushma Swati Uma Vasundhara Benazir Maryam Hina Malala Hasina Khaleda Chandrika Sirimavo
F: Ngozi Chimamanda Folake Funmilayo Ifeoma Ngozi Nkechi Oluwakemi Yemi Amina Aminata Fatou Awa Mariama Aissata Ama Akosua Efua Ellen Joyce Graca Graça Winnie Nkosazana Thandi Naledi Lindiwe Zanele Samia Sahle-Work Wangari
F: Akiko Ayumi Chie Emiko Haruka Hiroko Junko Kazuko Keiko Kyoko Mai Mari Mayumi Megumi Michiko Midori Naomi Noriko Rie Sachiko Sakura Sanae Seiko Tomoko Yoko Yoshiko Yuki Yukiko Yuko Yumi Yuriko Masako Paetongtarn Yingluck Megawati Puan Sri Leni Imelda Corazon Gloria
"""

# Family names written first (Chinese, Korean, Vietnamese, Cambodian,
# Burmese-style names): no automatic surname alias.
EAST_ASIAN_SURNAMES = set("""
Xi Li Wang Hu Jiang Deng Mao Zhao Zhou Pan Yi Dong Tsai Lai Ma Lee Kim Yoon Moon Park Roh Chen
Tung Zhu To Nguyen Hun Min Zhang Ren Goh Ban Wen Qin Yang Liu Sun Han Aung Pony Lam Carrie
""".split())

# Leading titles that are not given names.
TITLES = {"King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Emir", "Sheikh",
          "Ayatollah", "Crown", "Dalai", "Dr.", "Sir", "Lord", "Lady", "President"}

# Extra surnames (non-US) frequent in international news.
SURNAMES = """
Putin Lavrov Shoigu Peskov Medvedev Zakharova Nebenzia Gerasimov Prigozhin Navalny Kadyrov Lukashenko Tikhanovskaya
Zelenskiy Zelensky Zelenskyy Kuleba Reznikov Umerov Zaluzhnyi Syrskyi Yermak Klitschko Poroshenko Yanukovych Tymoshenko Shmyhal Podolyak Podolyak
Stoltenberg Rutte Borrell Kallas Michel Juncker Barroso Tusk Sefcovic Vestager Lagarde Draghi Trichet Georgieva Okonjo-Iweala Guterres Grossi Tedros Nebenzya
Macron Hollande Sarkozy Chirac Philippe Borne Attal Barnier Bayrou Le Pen Melenchon Mélenchon Darmanin Castex Valls Fabius
Merkel Scholz Steinmeier Baerbock Habeck Lindner Merz Laschet Söder Soeder Pistorius Gabriel Schroeder Schröder Kohl Schaeuble Schäuble Seehofer Maas Weidel
Meloni Draghi Conte Renzi Berlusconi Salvini Mattarella Tajani Gentiloni Letta Prodi Monti Napolitano
Sanchez Sánchez Rajoy Zapatero Aznar Feijoo Feijóo Puigdemont Albares
Orban Orbán Duda Morawiecki Kaczynski Kaczyński Fico Babis Babiš Vucic Vučić Erdogan Erdoğan Cavusoglu Çavuşoğlu Fidan
Netanyahu Bennett Lapid Gantz Herzog Gallant Ben-Gvir Smotrich Olmert Sharon Peres Rabin Barak Abbas Arafat Haniyeh Sinwar Nasrallah
Assad Khamenei Rouhani Raisi Pezeshkian Zarif Araghchi Soleimani Ahmadinejad Khomeini Kadhimi Sudani Barzani
Xi Jinping Li Keqiang Qiang Wang Yi Hu Jintao Wen Jiabao Jiang Zemin Deng Mao Zedong Qin Gang Lam Tsai Lai
Kishida Abe Suga Ishiba Kuroda Ueda Kishi Hayashi Motegi
Yoon Moon Lee Jae-myung Kim Jong-un
Modi Gandhi Singh Jaishankar Shah Khan Sharif Bhutto Zardari Musharraf Ghani Karzai Akhundzada Mujahid
Bolsonaro Lula Milei Macri Fernandez Fernández Kirchner Maduro Chavez Chávez Guaido Guaidó Petro Duque Boric Pinera Piñera Obrador Sheinbaum Ortega Bukele Castillo Boluarte
Ramaphosa Zuma Mbeki Mandela Buhari Tinubu Jonathan Obasanjo Kenyatta Ruto Odinga Museveni Kagame Abiy Mnangagwa Mugabe Sisi Mursi Morsi Mubarak Gaddafi Haftar Tebboune Saied
Trudeau Harper Poilievre Freeland Carney Albanese Morrison Turnbull Ardern Hipkins Luxon
Sunak Starmer Truss Johnson Cameron Brown Blair May Hunt Javid Raab Gove Patel Braverman Sturgeon Yousaf Farage Corbyn Khan Badenoch Reeves Lammy
Biden Trump Obama Clinton Bush Pence Harris Vance Pelosi McConnell Schumer Blinken Austin Yellen Powell Bernanke Sullivan Kirby Psaki Jean-Pierre Pompeo Tillerson Mattis Esper
Zuckerberg Musk Bezos Gates Cook Pichai Nadella Altman Dimon Buffett Soros Huang Ma
"""

ORGS_INTERNATIONAL = """
United Nations|UN|U.N.
UN Security Council|United Nations Security Council|U.N. Security Council|UNSC|Security Council
UN General Assembly|United Nations General Assembly|U.N. General Assembly|UNGA|General Assembly
UN Human Rights Council|United Nations Human Rights Council|UNHRC
UN Secretariat|United Nations Secretariat
International Court of Justice|ICJ|World Court
International Criminal Court|ICC
UNICEF|United Nations Children's Fund
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNHCR|UN refugee agency|United Nations High Commissioner for Refugees|U.N. refugee agency
UNRWA|United Nations Relief and Works Agency
World Food Programme|WFP|World Food Program
UN Development Programme|United Nations Development Programme|UNDP
UN Environment Programme|United Nations Environment Programme|UNEP
Food and Agriculture Organization|FAO
International Labour Organization|ILO|International Labor Organization
International Atomic Energy Agency|IAEA
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
International Monetary Fund|IMF
World Bank|World Bank Group
International Finance Corporation|IFC
Bank for International Settlements|BIS
Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development
Organization for Security and Co-operation in Europe|OSCE|Organisation for Security and Co-operation in Europe
Organization of the Petroleum Exporting Countries|OPEC
OPEC+|OPEC Plus
International Energy Agency|IEA
Interpol|International Criminal Police Organization
Europol
International Committee of the Red Cross|ICRC|Red Cross
International Federation of Red Cross and Red Crescent Societies|IFRC|Red Crescent
Organisation for the Prohibition of Chemical Weapons|OPCW|Organization for the Prohibition of Chemical Weapons
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO
International Organization for Migration|IOM
UN Office for the Coordination of Humanitarian Affairs|OCHA
UN Conference on Trade and Development|UNCTAD
UN Framework Convention on Climate Change|UNFCCC
Intergovernmental Panel on Climate Change|IPCC
World Meteorological Organization|WMO
International Telecommunication Union|ITU
International Maritime Organization|IMO
International Civil Aviation Organization|ICAO
World Intellectual Property Organization|WIPO
UNAIDS
UN Women
North Atlantic Treaty Organization|NATO|North Atlantic Alliance|Nato
European Union|EU|E.U.
European Commission|EU Commission|Brussels Commission
European Council
Council of the European Union|Council of the EU|EU Council
European Parliament|EU Parliament
European Central Bank|ECB
European Court of Justice|ECJ|Court of Justice of the European Union|CJEU
European Court of Human Rights|ECHR
European Investment Bank|EIB
European Bank for Reconstruction and Development|EBRD
European Medicines Agency|EMA
European Space Agency|ESA
Frontex
Eurostat
Eurogroup
Eurozone|Euro zone|euro area
Council of Europe
European Free Trade Association|EFTA
African Union|AU
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
East African Community|EAC
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
Association of Southeast Asian Nations|ASEAN
Asia-Pacific Economic Cooperation|APEC
Asian Development Bank|ADB
Asian Infrastructure Investment Bank|AIIB
New Development Bank
Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization
BRICS
G7|Group of Seven|G-7
G20|Group of 20|G-20|Group of Twenty
G8|Group of Eight|G-8
Commonwealth of Independent States|CIS
Collective Security Treaty Organization|CSTO
Eurasian Economic Union|EAEU
Organization of American States|OAS
Mercosur|Mercosul
Inter-American Development Bank|IDB
Commonwealth of Nations|Commonwealth
Quad|Quadrilateral Security Dialogue
AUKUS
Five Eyes
International Olympic Committee|IOC
FIFA
UEFA
World Anti-Doping Agency|WADA
Court of Arbitration for Sport|CAS
Amnesty International|Amnesty
Human Rights Watch|HRW
Medecins Sans Frontieres|Médecins Sans Frontières|Doctors Without Borders|MSF
Greenpeace
Transparency International
Reporters Without Borders|RSF|Reporters Sans Frontières
Committee to Protect Journalists|CPJ
Oxfam
Save the Children
World Economic Forum|WEF
Bill & Melinda Gates Foundation|Gates Foundation
Wikimedia Foundation
International Crisis Group|Crisis Group
Carnegie Endowment for International Peace|Carnegie Endowment
Brookings Institution|Brookings
Council on Foreign Relations|CFR
Atlantic Council
RAND Corporation|RAND
Chatham House
International Institute for Strategic Studies|IISS
Stockholm International Peace Research Institute|SIPRI
Institute for the Study of War|ISW
Pew Research Center|Pew
Gallup
Ipsos
YouGov
Moody's|Moody's Investors Service
Standard & Poor's|S&P|S&P Global
Fitch Ratings|Fitch
"""

ORGS_GOVERNMENT = """
# United States
White House
State Department|U.S. State Department|US State Department|Department of State
Pentagon|Department of Defense|U.S. Department of Defense|Defense Department|DoD
Department of Justice|Justice Department|DOJ|U.S. Justice Department
Department of Homeland Security|Homeland Security Department|DHS
Treasury Department|U.S. Treasury|Department of the Treasury|US Treasury
Department of Commerce|Commerce Department
Department of Energy|Energy Department
Department of Agriculture|Agriculture Department|USDA
Department of Labor|Labor Department
Department of Health and Human Services|HHS|Health and Human Services
Department of Education|Education Department
Department of Transportation|Transportation Department
Department of Veterans Affairs|Veterans Affairs|VA
Department of the Interior|Interior Department
Department of Housing and Urban Development|HUD
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
Office of the Director of National Intelligence|ODNI
Drug Enforcement Administration|DEA
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP|U.S. Customs and Border Protection
Secret Service|U.S. Secret Service
Federal Emergency Management Agency|FEMA
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Institutes of Health|NIH
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Internal Revenue Service|IRS
NASA|National Aeronautics and Space Administration
National Oceanic and Atmospheric Administration|NOAA
National Hurricane Center
U.S. Geological Survey|USGS|United States Geological Survey
Office of Management and Budget|OMB
Congressional Budget Office|CBO
Government Accountability Office|GAO
U.S. Trade Representative|USTR|Office of the U.S. Trade Representative
U.S. Congress|Congress|United States Congress|US Congress
U.S. Senate|Senate|United States Senate|US Senate
U.S. House of Representatives|House of Representatives|U.S. House|US House
Senate Foreign Relations Committee
Senate Armed Services Committee
House Intelligence Committee
Senate Intelligence Committee
House Judiciary Committee
Senate Judiciary Committee
House Oversight Committee
U.S. Supreme Court|Supreme Court of the United States|US Supreme Court
Federal Reserve|Fed|U.S. Federal Reserve|Federal Reserve Board|US Federal Reserve
U.S. Army|US Army|United States Army
U.S. Navy|US Navy|United States Navy
U.S. Air Force|US Air Force|United States Air Force|USAF
U.S. Marine Corps|Marine Corps|US Marine Corps|USMC
U.S. Space Force|Space Force
U.S. Coast Guard|Coast Guard
National Guard
U.S. Central Command|CENTCOM|Central Command
U.S. European Command|EUCOM
Indo-Pacific Command|INDOPACOM
Joint Chiefs of Staff
Democratic Party|Democratic National Committee|DNC|Democratic Party (United States) @org:us-democratic-party
Republican Party|GOP|Republican National Committee|RNC @org:us-republican-party
# Russia
Kremlin
Russian Defense Ministry|Russian Defence Ministry|Russian Ministry of Defense|Russia's Defense Ministry|Ministry of Defence of the Russian Federation
Russian Foreign Ministry|Russia's Foreign Ministry|Ministry of Foreign Affairs of Russia
Russian Interior Ministry
Russian Emergencies Ministry|Emergencies Ministry
Russian Finance Ministry
Russian Economy Ministry
Russian Central Bank|Central Bank of Russia|Bank of Russia|Russian central bank
Federal Security Service|FSB
Foreign Intelligence Service|SVR
GRU|Main Intelligence Directorate
Rosgvardia|National Guard of Russia|Russian National Guard
Investigative Committee|Russian Investigative Committee
Prosecutor General's Office
State Duma|Duma
Federation Council
Russian Armed Forces|Russian army|Russian military
Russian Navy|Black Sea Fleet|Russian Black Sea Fleet
Russian Aerospace Forces
Wagner Group|Wagner|PMC Wagner
United Russia
Communist Party of the Russian Federation|KPRF
Liberal Democratic Party of Russia|LDPR
Roscosmos
Rosatom
Roskomnadzor
Rosstat
Rosneft
Gazprom
Lukoil
Sberbank|Sber
VTB|VTB Bank
Aeroflot
Rostec
Novatek
Norilsk Nickel|Nornickel
# Ukraine
Ukrainian Defense Ministry|Ukraine's Defense Ministry|Ukrainian Ministry of Defence
Ukrainian Foreign Ministry|Ukraine's Foreign Ministry
Verkhovna Rada|Rada|Ukrainian parliament
Security Service of Ukraine|SBU
Armed Forces of Ukraine|Ukrainian Armed Forces|Ukrainian army|Ukrainian military
General Staff of the Armed Forces of Ukraine|Ukrainian General Staff
Azov Regiment|Azov Battalion|Azov
Naftogaz
National Bank of Ukraine
Servant of the People
# United Kingdom
Downing Street|Number 10|No 10
Foreign Office|Foreign, Commonwealth and Development Office|FCDO|Foreign and Commonwealth Office
Ministry of Defence|MoD|British Ministry of Defence
Home Office
HM Treasury|Treasury
Cabinet Office
Department of Health and Social Care|Department of Health
National Health Service|NHS
House of Commons|Commons
House of Lords|Lords
British Parliament|UK Parliament|Parliament of the United Kingdom|Westminster
Bank of England|BoE
MI6|Secret Intelligence Service|SIS
MI5|Security Service
GCHQ
Scotland Yard|Metropolitan Police|Met Police
British Army
Royal Navy
Royal Air Force|RAF
Conservative Party|Tory Party|Conservatives|Tories
Labour Party|Labour|UK Labour
Liberal Democrats|Lib Dems
Scottish National Party|SNP
Reform UK|Brexit Party
UK Independence Party|UKIP
Sinn Fein|Sinn Féin
Democratic Unionist Party|DUP
Plaid Cymru
Office for National Statistics|ONS
Ofcom
Ofgem
Financial Conduct Authority|FCA
# Germany
Bundestag
Bundesrat
Bundeswehr
Bundesbank|Deutsche Bundesbank
German Chancellery|Chancellery|Kanzleramt
German Foreign Office|Auswaertiges Amt|Auswärtiges Amt
German Defence Ministry|German Defense Ministry
Christian Democratic Union|CDU
Christian Social Union|CSU
Social Democratic Party of Germany|SPD|Social Democratic Party
Alliance 90/The Greens|German Greens
Free Democratic Party|FDP
Alternative for Germany|AfD|Alternative für Deutschland
Die Linke|Left Party
Constitutional Court of Germany|Federal Constitutional Court
# France
Elysee|Élysée|Elysee Palace|Élysée Palace
Matignon
Quai d'Orsay|French Foreign Ministry
French National Assembly|National Assembly of France|Assemblée nationale
French Senate
Banque de France|Bank of France
French Armed Forces|French army
National Rally|Rassemblement National|National Front|Front National
Renaissance|La République En Marche|LREM|En Marche
The Republicans|Les Républicains
Socialist Party of France|French Socialist Party|Parti Socialiste
La France Insoumise|France Unbowed|LFI
# Other governments, parliaments, parties, central banks
Zhongnanhai
Chinese Foreign Ministry|China's Foreign Ministry|Ministry of Foreign Affairs of China
Chinese Defense Ministry|China's Defense Ministry
Chinese Communist Party|Communist Party of China|CCP|CPC
National People's Congress|NPC
Politburo|Politburo Standing Committee
People's Liberation Army|PLA
People's Bank of China|PBOC|PBoC
State Council of China|Chinese State Council
Cyberspace Administration of China
Kuomintang|KMT
Democratic Progressive Party|DPP
Bank of Japan|BOJ|BoJ
Liberal Democratic Party|LDP
Japan Self-Defense Forces|Self-Defense Forces
Diet|National Diet
Reserve Bank of India|RBI
Bharatiya Janata Party|BJP
Indian National Congress|Congress Party
Aam Aadmi Party|AAP
Lok Sabha
Rajya Sabha
Pakistan Tehreek-e-Insaf|PTI
Pakistan Muslim League-Nawaz|PML-N
Pakistan Peoples Party|PPP
Inter-Services Intelligence|ISI
Knesset
Israel Defense Forces|IDF|Israeli military|Israeli army
Mossad
Shin Bet
Likud
Yesh Atid
Palestinian Authority|PA
Palestine Liberation Organization|PLO
Fatah
Hamas
Islamic Jihad|Palestinian Islamic Jihad
Hezbollah|Hizbollah|Hizbullah
Houthis|Houthi|Ansar Allah
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards
Quds Force
Taliban
al-Qaeda|al Qaeda|Al-Qaida|al-Qaida
Islamic State|ISIS|ISIL|Daesh|IS
Boko Haram
al-Shabab|Al-Shabaab|al-Shabaab
Hayat Tahrir al-Sham|HTS
Syrian Democratic Forces|SDF
Kurdistan Workers' Party|PKK
Muslim Brotherhood
Reserve Bank of Australia|RBA
Bank of Canada|BoC
Reserve Bank of New Zealand|RBNZ
Swiss National Bank|SNB
Bank of Korea
Central Bank of Brazil|Banco Central do Brasil
Bank of Mexico|Banxico
Sveriges Riksbank|Riksbank
Norges Bank
Turkish Central Bank|Central Bank of the Republic of Turkey
Saudi Aramco|Aramco
Justice and Development Party|AKP
Republican People's Party|CHP
Fidesz
Law and Justice|PiS
Civic Platform
Brothers of Italy|Fratelli d'Italia
Five Star Movement|M5S
League|Lega
Forza Italia
Democratic Party of Italy|Partito Democratico
Spanish Socialist Workers' Party|PSOE
People's Party of Spain|Partido Popular
Vox
Podemos
Syriza
New Democracy
African National Congress|ANC
Democratic Alliance
Economic Freedom Fighters|EFF
Workers' Party|PT
Liberal Party of Canada|Canadian Liberals
Conservative Party of Canada
New Democratic Party|NDP
Liberal Party of Australia
Australian Labor Party
Parliament of Canada|Canadian Parliament
House of Commons of Canada
Royal Canadian Mounted Police|RCMP
Australian Parliament|Parliament of Australia
Indian Army
Pakistan Army|Pakistani military
Egyptian Armed Forces|Egyptian army
Turkish Armed Forces|Turkish military
Belarusian KGB
"""

ORGS_MORE = """
# Universities and research bodies most quoted in news
Harvard University|Harvard
Yale University|Yale
Princeton University|Princeton
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
Columbia University
University of California, Berkeley|UC Berkeley|Berkeley
University of California, Los Angeles|UCLA
University of Chicago
University of Pennsylvania|UPenn
Johns Hopkins University|Johns Hopkins
Cornell University|Cornell
Georgetown University|Georgetown
Duke University
New York University|NYU
University of Michigan
University of Oxford|Oxford University
University of Cambridge|Cambridge University
Imperial College London|Imperial College
London School of Economics|LSE
King's College London
University College London|UCL
Sorbonne|Sorbonne University
Sciences Po
ETH Zurich|ETH Zürich
Max Planck Society|Max Planck Institute
Fraunhofer Society|Fraunhofer
Karolinska Institute|Karolinska Institutet
Tsinghua University|Tsinghua
Peking University
University of Tokyo
National University of Singapore|NUS
Moscow State University
Kyiv School of Economics
Levada Center|Levada
Carnegie Mellon University|Carnegie Mellon
Wellcome Trust|Wellcome
Royal Society
National Academy of Sciences
CERN
Johns Hopkins Bloomberg School of Public Health
# More government bodies
European External Action Service|EEAS
European Defence Agency
EU Court of Auditors|European Court of Auditors
European Ombudsman
Organisation internationale de la Francophonie|Francophonie
Nordic Council
Visegrad Group|V4
Benelux
Andean Community
Pacific Islands Forum
Caribbean Community|CARICOM
Economic Community of Central African States|ECCAS
Intergovernmental Authority on Development|IGAD
International Renewable Energy Agency|IRENA
International Seabed Authority
Permanent Court of Arbitration
International Tribunal for the Law of the Sea|ITLOS
International Criminal Tribunal for the former Yugoslavia|ICTY
International Criminal Tribunal for Rwanda|ICTR
UN Human Rights Office|OHCHR|Office of the High Commissioner for Human Rights
UN Population Fund|UNFPA
UN Office on Drugs and Crime|UNODC
UN Industrial Development Organization|UNIDO
UN Peacekeeping
UNIFIL
MONUSCO
MINUSMA
Kosovo Force|KFOR
International Security Assistance Force|ISAF
Supreme Headquarters Allied Powers Europe|SHAPE
NATO Parliamentary Assembly
Japanese Foreign Ministry|Japan's Foreign Ministry
Indian Foreign Ministry|Ministry of External Affairs|India's External Affairs Ministry
Iranian Foreign Ministry|Iran's Foreign Ministry
Israeli Foreign Ministry|Israel's Foreign Ministry
Turkish Foreign Ministry|Turkey's Foreign Ministry
Polish Foreign Ministry|Poland's Foreign Ministry
Belarusian Foreign Ministry|Belarus's Foreign Ministry
South Korean Foreign Ministry|South Korea's Foreign Ministry
North Korean Foreign Ministry
Korean People's Army|KPA
Workers' Party of Korea
Saudi Foreign Ministry
Egyptian Foreign Ministry
Chinese Embassy
Russian Embassy
U.S. Embassy|US Embassy|American Embassy
British Embassy
Ukrainian Embassy
Ministry of Emergency Situations
National Police of Ukraine
Ukrainian Air Force
Ukrainian Navy
National Guard of Ukraine
Territorial Defense Forces
Ukrainian Ground Forces
Russian Ground Forces
Russian Air Force
Russian Northern Fleet|Northern Fleet
Russian Pacific Fleet|Pacific Fleet
Southern Military District
Western Military District
Russian Investigative Committee
Russian Orthodox Church|Moscow Patriarchate
Ukrainian Orthodox Church
Vatican Bank
Holy See Press Office
Church of England
Roman Catholic Church|Catholic Church
Southern Baptist Convention
Anglican Communion
Orthodox Church of Ukraine
Muslim World League
Al-Azhar|Al-Azhar University
Mormon Church|Church of Jesus Christ of Latter-day Saints|LDS Church
"""

ORGS_MEDIA = """
Agence France-Presse|AFP|Agence France Presse
Reuters|Thomson Reuters
Associated Press|AP|The Associated Press
TASS|Itar-Tass|ITAR-TASS
RIA Novosti|RIA
Interfax
Interfax-Ukraine
Ukrinform
UNIAN
Xinhua|Xinhua News Agency
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
KCNA|Korean Central News Agency
Anadolu Agency|Anadolu
Deutsche Presse-Agentur|dpa|DPA
ANSA
EFE|Agencia EFE
Press Trust of India|PTI news agency
Bloomberg|Bloomberg News|Bloomberg L.P.
Dow Jones|Dow Jones & Company
BBC|British Broadcasting Corporation|BBC News
CNN|Cable News Network
Fox News|Fox News Channel
MSNBC
NBC|NBC News
CBS|CBS News
ABC News
NPR|National Public Radio
PBS
C-SPAN
Al Jazeera|Al-Jazeera
Al Arabiya
RT|Russia Today
Sputnik
Channel One Russia|Channel One
Rossiya 24
Meduza
Novaya Gazeta
Kommersant
Vedomosti
Izvestia
Moscow Times|The Moscow Times
Kyiv Independent|The Kyiv Independent
Kyiv Post
Ukrainska Pravda
Deutsche Welle|DW
Der Spiegel|Spiegel
Die Zeit
Frankfurter Allgemeine Zeitung|FAZ
Süddeutsche Zeitung|Sueddeutsche Zeitung
Bild
Le Monde
Le Figaro
Libération|Liberation newspaper
France 24
Radio France Internationale|RFI
Euronews
El País|El Pais
Corriere della Sera
La Repubblica
NHK
Asahi Shimbun
Yomiuri Shimbun
Nikkei|Nikkei Asia
South China Morning Post|SCMP
Global Times
People's Daily
China Daily
CGTN
Times of India
Hindustan Times
The Hindu
Dawn
Haaretz
Times of Israel
Jerusalem Post
The New York Times|New York Times|NYT|N.Y. Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
USA Today
Los Angeles Times|LA Times|L.A. Times
Chicago Tribune
Boston Globe|The Boston Globe
New York Post|NY Post
Politico
Axios
The Hill
Vox Media
BuzzFeed News|BuzzFeed
HuffPost|Huffington Post
Vice News|Vice
Breitbart|Breitbart News
The Atlantic
The New Yorker
Time magazine|TIME
Newsweek
Forbes
Fortune
The Economist|Economist
Financial Times|FT
The Guardian|Guardian
The Times|Times of London
The Sunday Times|Sunday Times
The Daily Telegraph|Daily Telegraph|The Telegraph
The Independent
Daily Mail|Mail Online
The Sun
Daily Mirror|Mirror
Evening Standard
Sky News
ITV|ITV News
Channel 4|Channel 4 News
The Irish Times|Irish Times
Sydney Morning Herald
The Australian
ABC Australia|Australian Broadcasting Corporation
CBC|Canadian Broadcasting Corporation|CBC News
Globe and Mail|The Globe and Mail
Toronto Star
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe|Radio Liberty
Voice of America|VOA
Wikipedia
Wikinews
"""

SPORTS_LEAGUES = """
Premier League|English Premier League|EPL
English Football League|EFL
Football Association|The FA|English FA
La Liga|LaLiga
Bundesliga
Serie A
Ligue 1
Eredivisie
Scottish Premiership
Major League Soccer|MLS
UEFA Champions League|Champions League
UEFA Europa League|Europa League
National Football League|NFL
National Basketball Association|NBA
Major League Baseball|MLB
National Hockey League|NHL
Women's National Basketball Association|WNBA
National Collegiate Athletic Association|NCAA
PGA Tour
LPGA
ATP|Association of Tennis Professionals|ATP Tour
WTA|Women's Tennis Association|WTA Tour
Formula One|Formula 1|F1
NASCAR
World Rugby
International Cricket Council
England and Wales Cricket Board|ECB Cricket
Board of Control for Cricket in India|BCCI
Indian Premier League|IPL
Ultimate Fighting Championship|UFC
"""

SPORTS_CLUBS = """
# English Premier League (recent seasons)
Arsenal|Arsenal FC|Arsenal F.C.
Aston Villa
AFC Bournemouth|Bournemouth
Brentford|Brentford FC
Brighton & Hove Albion|Brighton and Hove Albion|Brighton
Burnley|Burnley FC
Chelsea FC|Chelsea F.C.
Crystal Palace
Everton|Everton FC
Fulham|Fulham FC
Ipswich Town
Leeds United|Leeds
Leicester City
Liverpool FC|Liverpool F.C.
Luton Town
Manchester City|Man City
Manchester United|Man United|Man Utd
Newcastle United|Newcastle
Nottingham Forest|Forest
Sheffield United
Southampton FC
Tottenham Hotspur|Tottenham|Spurs
Watford FC
West Bromwich Albion|West Brom
West Ham United|West Ham
Wolverhampton Wanderers|Wolves
Norwich City
Sunderland AFC|Sunderland A.F.C.
Middlesbrough FC
Blackburn Rovers
Bolton Wanderers
Stoke City
Swansea City
Cardiff City
Queens Park Rangers|QPR
Celtic|Celtic FC
Rangers FC|Glasgow Rangers
# La Liga
Real Madrid
FC Barcelona|Barca|Barça
Atletico Madrid|Atlético Madrid|Atletico|Atlético de Madrid
Sevilla FC
Real Betis|Betis
Real Sociedad
Athletic Bilbao|Athletic Club
Valencia CF
Villarreal|Villarreal CF
Celta Vigo
Espanyol|RCD Espanyol
Getafe|Getafe CF
Osasuna|CA Osasuna
Deportivo La Coruna|Deportivo La Coruña|Deportivo
Rayo Vallecano
Real Zaragoza
Mallorca|RCD Mallorca
# Bundesliga
Bayern Munich|Bayern München|Bayern|FC Bayern
Borussia Dortmund|Dortmund|BVB
RB Leipzig
Bayer Leverkusen|Leverkusen
Borussia Moenchengladbach|Borussia Mönchengladbach|Gladbach
Eintracht Frankfurt
VfB Stuttgart
VfL Wolfsburg|Wolfsburg
Werder Bremen
Schalke 04|Schalke
Hamburger SV|Hamburg SV|HSV
FC Cologne|1. FC Koeln|1. FC Köln
Hertha Berlin|Hertha BSC
Union Berlin|1. FC Union Berlin
SC Freiburg|Freiburg
TSG Hoffenheim|Hoffenheim
1. FSV Mainz 05|Mainz 05|Mainz
FC Augsburg|Augsburg
Kaiserslautern|1. FC Kaiserslautern
# Serie A
Juventus|Juve
AC Milan|Milan
Inter Milan|Internazionale|Inter
AS Roma|Roma
Lazio|SS Lazio
Napoli|SSC Napoli
Fiorentina|ACF Fiorentina
Atalanta
Torino FC
Sampdoria
Genoa CFC
Bologna FC
Udinese
Parma Calcio|Parma
# Ligue 1 and others
Paris Saint-Germain|PSG|Paris St Germain|Paris St-Germain
Olympique de Marseille|Marseille|OM
Olympique Lyonnais|Lyon|OL
AS Monaco
Lille OSC|Lille
Stade Rennais|Rennes
OGC Nice
Bordeaux|Girondins de Bordeaux
AS Saint-Etienne|Saint-Etienne
Ajax|AFC Ajax|Ajax Amsterdam
PSV Eindhoven|PSV
Feyenoord
Benfica|SL Benfica
FC Porto|Porto
Sporting Lisbon|Sporting CP
Galatasaray
Fenerbahce|Fenerbahçe
Besiktas|Beşiktaş
Shakhtar Donetsk|Shakhtar
Dynamo Kyiv|Dynamo Kiev
Spartak Moscow
CSKA Moscow
Zenit St Petersburg|Zenit
Red Star Belgrade|Crvena Zvezda
Olympiacos
Panathinaikos
Club Brugge|Club Bruges
Anderlecht
Boca Juniors
River Plate
Flamengo
Palmeiras
Santos FC
Corinthians
LA Galaxy
Inter Miami|Inter Miami CF
# More football clubs
Aberdeen FC
Heart of Midlothian
Hibernian|Hibernian FC|Hibs
Dundee United
Kilmarnock FC
Motherwell FC
St Johnstone
AZ Alkmaar
FC Twente|Twente
FC Utrecht
Vitesse|Vitesse Arnhem
SC Heerenveen|Heerenveen
Sporting Braga|SC Braga
Vitoria Guimaraes|Vitória Guimarães
Trabzonspor
Basaksehir|İstanbul Başakşehir
Dinamo Zagreb
Hajduk Split
Partizan Belgrade|FK Partizan
Red Bull Salzburg|RB Salzburg
Rapid Vienna|Rapid Wien
Austria Vienna|Austria Wien
FC Basel
Young Boys|BSC Young Boys
Grasshoppers|Grasshopper Club Zurich
FC Copenhagen|FC København
Brondby|Brøndby
Malmo FF|Malmö FF
AIK|AIK Stockholm
IFK Gothenburg|IFK Göteborg
Rosenborg|Rosenborg BK
Molde FK
Bodo/Glimt|Bodø/Glimt
HJK Helsinki
Legia Warsaw|Legia Warszawa
Lech Poznan|Lech Poznań
Wisla Krakow|Wisła Kraków
Sparta Prague|AC Sparta Praha
Slavia Prague|SK Slavia Praha
Viktoria Plzen|Viktoria Plzeň
Ferencvaros|Ferencváros
Steaua Bucharest|FCSB
Dinamo Bucharest
CFR Cluj
Ludogorets|Ludogorets Razgrad
CSKA Sofia
Levski Sofia
AEK Athens
PAOK|PAOK Thessaloniki
Maccabi Tel Aviv
Maccabi Haifa
Hapoel Tel Aviv
Dynamo Moscow
Lokomotiv Moscow
Rubin Kazan
FC Krasnodar
Dnipro-1
Zorya Luhansk
Metalist Kharkiv
Standard Liege|Standard Liège
KRC Genk
Racing Club|Racing Club de Avellaneda
Independiente|CA Independiente
San Lorenzo|San Lorenzo de Almagro
Estudiantes|Estudiantes de La Plata
Velez Sarsfield|Vélez Sarsfield
Sao Paulo FC|São Paulo FC
Gremio|Grêmio
Internacional|SC Internacional
Cruzeiro
Atletico Mineiro|Atlético Mineiro
Fluminense
Botafogo
Vasco da Gama|CR Vasco da Gama
Club America|Club América
Chivas|Chivas Guadalajara|C.D. Guadalajara
Cruz Azul
Pumas UNAM
Tigres UANL
CF Monterrey
Colo-Colo
Universidad de Chile
Penarol|Peñarol
Nacional|Club Nacional
Al Ahly
Zamalek
Esperance|Espérance de Tunis
Wydad Casablanca|Wydad AC
Raja Casablanca
Kaizer Chiefs
Orlando Pirates
Mamelodi Sundowns
Al-Hilal|Al Hilal
Al-Nassr|Al Nassr
Al-Ittihad|Al Ittihad
Al-Ahli|Al Ahli
Urawa Red Diamonds|Urawa Reds
Kashima Antlers
Yokohama F. Marinos
Kawasaki Frontale
Jeonbuk Hyundai Motors
Ulsan Hyundai
Guangzhou Evergrande|Guangzhou FC
Shanghai Port|Shanghai SIPG
Melbourne Victory
Sydney FC
Seattle Sounders
Atlanta United
Los Angeles FC|LAFC
New York Red Bulls
New York City FC|NYCFC
Toronto FC
Portland Timbers
# Other football: national associations, cups
FA Cup
Carabao Cup|League Cup|EFL Cup
Copa del Rey
DFB-Pokal|DFB Cup
Coppa Italia
Coupe de France
Copa Libertadores
Copa America|Copa América
Africa Cup of Nations|AFCON
CONMEBOL
CONCACAF
Confederation of African Football|CAF
Asian Football Confederation|AFC
Royal Spanish Football Federation|RFEF
German Football Association|DFB
Italian Football Federation|FIGC
French Football Federation|FFF
U.S. Soccer|United States Soccer Federation|USSF
# Rugby, cricket, cycling, motor sport, other
Six Nations|Six Nations Championship
Rugby Football Union|RFU
All Blacks
Springboks
Wallabies
British and Irish Lions|British & Irish Lions
Leinster Rugby
Munster Rugby
Saracens
Leicester Tigers
Stade Toulousain
Super Rugby
Big Bash League|BBL
Mumbai Indians
Chennai Super Kings
Royal Challengers Bengaluru|Royal Challengers Bangalore
Kolkata Knight Riders
Marylebone Cricket Club|MCC
Cricket Australia
Union Cycliste Internationale|UCI
Team Sky|Ineos Grenadiers|Team Ineos
UAE Team Emirates
Jumbo-Visma|Team Visma
FIA|Fédération Internationale de l'Automobile
Ferrari F1|Scuderia Ferrari
Mercedes F1|Mercedes-AMG Petronas
Red Bull Racing
McLaren|McLaren F1
Williams Racing
IndyCar
MotoGP
World Athletics|IAAF|International Association of Athletics Federations
FINA|World Aquatics
International Tennis Federation|ITF
All England Club|All England Lawn Tennis and Croquet Club
United States Golf Association|USGA
Royal and Ancient|R&A
LIV Golf
DP World Tour|European Tour
International Ski Federation|FIS
International Biathlon Union|IBU
World Boxing Council|WBC
World Boxing Association|WBA
International Boxing Federation|IBF
World Boxing Organization|WBO
WWE|World Wrestling Entertainment
Euroleague|EuroLeague
FIBA
Real Madrid Baloncesto
Maccabi Tel Aviv Basketball
KHL|Kontinental Hockey League
International Ice Hockey Federation|IIHF
United States Olympic & Paralympic Committee|USOPC|U.S. Olympic Committee
Russian Olympic Committee|ROC
British Olympic Association
International Paralympic Committee|IPC
National Collegiate Athletic Association
# NFL
Arizona Cardinals
Atlanta Falcons
Baltimore Ravens
Buffalo Bills
Carolina Panthers
Chicago Bears
Cincinnati Bengals
Cleveland Browns
Dallas Cowboys
Denver Broncos
Detroit Lions
Green Bay Packers
Houston Texans
Indianapolis Colts
Jacksonville Jaguars
Kansas City Chiefs
Las Vegas Raiders|Oakland Raiders
Los Angeles Chargers|San Diego Chargers
Los Angeles Rams|St. Louis Rams
Miami Dolphins
Minnesota Vikings
New England Patriots
New Orleans Saints
New York Giants
New York Jets
Philadelphia Eagles
Pittsburgh Steelers
San Francisco 49ers|49ers
Seattle Seahawks
Tampa Bay Buccaneers
Tennessee Titans
Washington Commanders|Washington Redskins|Washington Football Team
# NBA
Atlanta Hawks
Boston Celtics
Brooklyn Nets|New Jersey Nets
Charlotte Hornets|Charlotte Bobcats
Chicago Bulls
Cleveland Cavaliers|Cavaliers|Cavs
Dallas Mavericks|Mavericks|Mavs
Denver Nuggets
Detroit Pistons
Golden State Warriors
Houston Rockets
Indiana Pacers
Los Angeles Clippers|LA Clippers
Los Angeles Lakers|LA Lakers|Lakers
Memphis Grizzlies
Miami Heat
Milwaukee Bucks
Minnesota Timberwolves|Timberwolves
New Orleans Pelicans
New York Knicks|Knicks
Oklahoma City Thunder
Orlando Magic
Philadelphia 76ers|76ers|Sixers
Phoenix Suns
Portland Trail Blazers|Trail Blazers
Sacramento Kings
San Antonio Spurs
Toronto Raptors
Utah Jazz
Washington Wizards
# MLB
Arizona Diamondbacks
Atlanta Braves
Baltimore Orioles
Boston Red Sox|Red Sox
Chicago Cubs
Chicago White Sox|White Sox
Cincinnati Reds
Cleveland Guardians|Cleveland Indians
Colorado Rockies
Detroit Tigers
Houston Astros
Kansas City Royals
Los Angeles Angels|Anaheim Angels|California Angels
Los Angeles Dodgers|Dodgers
Miami Marlins|Florida Marlins
Milwaukee Brewers
Minnesota Twins
New York Mets|Mets
New York Yankees|Yankees
Oakland Athletics|Athletics
Philadelphia Phillies|Phillies
Pittsburgh Pirates
San Diego Padres|Padres
San Francisco Giants
Seattle Mariners|Mariners
St. Louis Cardinals
Tampa Bay Rays|Tampa Bay Devil Rays
Texas Rangers
Toronto Blue Jays|Blue Jays
Washington Nationals|Montreal Expos
# NHL
Anaheim Ducks
Boston Bruins
Buffalo Sabres
Calgary Flames
Carolina Hurricanes
Chicago Blackhawks
Colorado Avalanche
Columbus Blue Jackets
Dallas Stars
Detroit Red Wings|Red Wings
Edmonton Oilers
Florida Panthers
Los Angeles Kings
Minnesota Wild
Montreal Canadiens|Canadiens
Nashville Predators
New Jersey Devils
New York Islanders
New York Rangers
Ottawa Senators
Philadelphia Flyers
Pittsburgh Penguins
San Jose Sharks
Seattle Kraken
St. Louis Blues
Tampa Bay Lightning
Toronto Maple Leafs|Maple Leafs
Utah Hockey Club
Vancouver Canucks
Vegas Golden Knights
Washington Capitals
Winnipeg Jets
"""

PEOPLE = """
# Russia
Vladimir Putin|Vladimir Vladimirovich Putin|V. Putin
Dmitry Medvedev|Dmitri Medvedev
Sergei Lavrov|Sergey Lavrov
Sergei Shoigu|Sergey Shoigu
Dmitry Peskov|Dmitri Peskov
Maria Zakharova
Mikhail Mishustin
Valery Gerasimov
Andrei Belousov|Andrey Belousov
Vasily Nebenzya|Vassily Nebenzia|Vasily Nebenzia
Yevgeny Prigozhin|Evgeny Prigozhin
Alexei Navalny|Alexey Navalny|Aleksei Navalny
Yulia Navalnaya
Ramzan Kadyrov
Elvira Nabiullina
Sergei Naryshkin
Alexander Bortnikov
Nikolai Patrushev
Vyacheslav Volodin
Valentina Matviyenko|Valentina Matvienko
Sergei Sobyanin
Mikhail Gorbachev
Boris Yeltsin
Mikhail Khodorkovsky
Alexander Lukashenko|Alyaksandr Lukashenka|Aleksandr Lukashenko
Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaya
# Ukraine
Volodymyr Zelenskiy|Volodymyr Zelensky|Volodymyr Zelenskyy|Zelenskiy|Zelensky|Zelenskyy|Vladimir Zelensky
Dmytro Kuleba
Andriy Sybiha|Andrii Sybiha
Oleksii Reznikov|Oleksiy Reznikov
Rustem Umerov
Valerii Zaluzhnyi|Valeriy Zaluzhny|Valery Zaluzhny
Oleksandr Syrskyi|Oleksandr Syrsky
Andriy Yermak|Andrii Yermak
Denys Shmyhal
Yulia Svyrydenko
Mykhailo Podolyak|Mykhailo Podoliak
Vitali Klitschko|Vitaliy Klitschko
Petro Poroshenko
Viktor Yanukovych
Yulia Tymoshenko
Kyrylo Budanov
Olena Zelenska
# United States
Joe Biden|Joseph Biden|Joseph R. Biden|Joseph R. Biden Jr.|Biden
Kamala Harris
Donald Trump|Donald J. Trump|Donald John Trump|Trump
JD Vance|J.D. Vance
Barack Obama|Obama
Michelle Obama
George W. Bush
George H. W. Bush|George H.W. Bush
Bill Clinton
Hillary Clinton|Hillary Rodham Clinton
Jimmy Carter
Ronald Reagan
Mike Pence
Antony Blinken|Tony Blinken
Lloyd Austin
Jake Sullivan
John Kirby
Jen Psaki
Karine Jean-Pierre
Janet Yellen
Jerome Powell|Jay Powell
Ben Bernanke
Alan Greenspan
Gina Raimondo
Merrick Garland
Alejandro Mayorkas
Pete Buttigieg
Linda Thomas-Greenfield
William Burns|Bill Burns
Christopher Wray
Avril Haines
Mark Milley
Nancy Pelosi
Mitch McConnell
Chuck Schumer
Kevin McCarthy
Mike Johnson
Hakeem Jeffries
Bernie Sanders
Elizabeth Warren
Marco Rubio
Ted Cruz
Lindsey Graham
Mitt Romney
John McCain
Rand Paul
Josh Hawley
Alexandria Ocasio-Cortez|AOC
Ilhan Omar
Marjorie Taylor Greene
Adam Schiff
Liz Cheney
Dick Cheney
Ron DeSantis
Gavin Newsom
Greg Abbott
Kathy Hochul
Andrew Cuomo
Gretchen Whitmer
Nikki Haley
Vivek Ramaswamy
Chris Christie
Tim Walz
Pete Hegseth
Mike Waltz
Tulsi Gabbard
Robert F. Kennedy Jr.|RFK Jr.
Kash Patel
Scott Bessent
Howard Lutnick
Marco Rubio
Steve Bannon
Rudy Giuliani
Mike Pompeo
Rex Tillerson
Jim Mattis|James Mattis
Mark Esper
John Bolton
Steven Mnuchin
Jared Kushner
Ivanka Trump
Melania Trump
Jill Biden
Hunter Biden
Condoleezza Rice
Colin Powell
Madeleine Albright
Henry Kissinger
John Kerry
Robert Mueller
Anthony Fauci
Jeb Bush
Elizabeth Holmes
# United Kingdom
Liz Truss|Elizabeth Truss
Rishi Sunak
Keir Starmer
Boris Johnson
Theresa May
David Cameron
Gordon Brown
Tony Blair
Jeremy Hunt
Jeremy Corbyn
Rachel Reeves
David Lammy
Yvette Cooper
John Healey
Ben Wallace
Grant Shapps
James Cleverly
Dominic Raab
Priti Patel
Suella Braverman
Kemi Badenoch
Sajid Javid
Michael Gove
Nigel Farage
Nicola Sturgeon
Humza Yousaf
Sadiq Khan
King Charles III|King Charles|Charles III
Queen Elizabeth II|Elizabeth II|Queen Elizabeth
Prince William
Prince Harry
Andrew Bailey
Mark Carney
# EU and Europe
Ursula von der Leyen|von der Leyen
Charles Michel
Antonio Costa|António Costa
Josep Borrell
Kaja Kallas
Roberta Metsola
Christine Lagarde
Mario Draghi
Jean-Claude Juncker
Donald Tusk
Jens Stoltenberg
Mark Rutte
Emmanuel Macron
Francois Hollande|François Hollande
Nicolas Sarkozy
Jacques Chirac
Marine Le Pen
Jordan Bardella
Jean-Luc Melenchon|Jean-Luc Mélenchon
Elisabeth Borne|Élisabeth Borne
Gabriel Attal
Michel Barnier
Francois Bayrou|François Bayrou
Edouard Philippe|Édouard Philippe
Bruno Le Maire
Jean-Yves Le Drian
Catherine Colonna
Stephane Sejourne|Stéphane Séjourné
Sebastien Lecornu|Sébastien Lecornu
Olaf Scholz
Angela Merkel
Friedrich Merz
Frank-Walter Steinmeier
Annalena Baerbock
Robert Habeck
Christian Lindner
Boris Pistorius
Gerhard Schroeder|Gerhard Schröder
Helmut Kohl
Wolfgang Schaeuble|Wolfgang Schäuble
Alice Weidel
Markus Soeder|Markus Söder
Giorgia Meloni
Sergio Mattarella
Matteo Salvini
Antonio Tajani
Giuseppe Conte
Matteo Renzi
Silvio Berlusconi
Pope Francis|Jorge Mario Bergoglio
Pope Benedict XVI|Joseph Ratzinger
Pope Leo XIV
Pedro Sanchez|Pedro Sánchez
Mariano Rajoy
Viktor Orban|Viktor Orbán
Andrzej Duda
Mateusz Morawiecki
Jaroslaw Kaczynski|Jarosław Kaczyński
Radoslaw Sikorski|Radosław Sikorski
Karol Nawrocki
Alexander Van der Bellen
Karl Nehammer
Alexander De Croo
Dick Schoof
Mette Frederiksen
Ulf Kristersson
Magdalena Andersson
Sanna Marin
Sauli Niinisto|Sauli Niinistö
Alexander Stubb
Jonas Gahr Store|Jonas Gahr Støre
Gitanas Nauseda|Gitanas Nausėda
Edgars Rinkevics|Edgars Rinkēvičs
Alar Karis
Kyriakos Mitsotakis
Alexis Tsipras
Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Tayyip Erdogan|Erdogan|Erdoğan
Mevlut Cavusoglu|Mevlüt Çavuşoğlu
Hakan Fidan
Aleksandar Vucic|Aleksandar Vučić
Maia Sandu
Robert Fico
Petr Fiala
Ilham Aliyev
Nikol Pashinyan
Irakli Kobakhidze
Salome Zourabichvili
Leo Varadkar
Micheal Martin|Micheál Martin
Simon Harris
# Middle East
Benjamin Netanyahu|Bibi Netanyahu|Netanyahu
Naftali Bennett
Yair Lapid
Benny Gantz
Isaac Herzog
Yoav Gallant
Israel Katz
Itamar Ben-Gvir
Bezalel Smotrich
Mahmoud Abbas|Abu Mazen
Yasser Arafat
Ismail Haniyeh
Yahya Sinwar
Hassan Nasrallah
Ali Khamenei|Ayatollah Ali Khamenei|Ayatollah Khamenei
Hassan Rouhani
Ebrahim Raisi
Masoud Pezeshkian
Mohammad Javad Zarif|Javad Zarif
Abbas Araghchi
Hossein Amir-Abdollahian
Qassem Soleimani|Qasem Soleimani
Mahmoud Ahmadinejad
Bashar al-Assad|Bashar Assad|Assad
Ahmed al-Sharaa|Abu Mohammed al-Jolani
Mohammed bin Salman|MBS|Crown Prince Mohammed bin Salman
King Salman|Salman bin Abdulaziz
Mohamed bin Zayed|Mohammed bin Zayed|MBZ
Tamim bin Hamad Al Thani|Emir Tamim
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|Sisi
Hosni Mubarak
Mohamed Morsi|Mohammed Morsi
King Abdullah II|Abdullah II
Saddam Hussein
Mohammed Shia al-Sudani
Muammar Gaddafi|Moammar Gadhafi|Muammar al-Qaddafi
Khalifa Haftar
Osama bin Laden|Usama bin Laden
Abu Bakr al-Baghdadi
Ayman al-Zawahiri
# Asia-Pacific
Xi Jinping|Xi
Li Qiang
Li Keqiang
Wang Yi
Qin Gang
Hu Jintao
Jiang Zemin
Deng Xiaoping
Mao Zedong|Mao Tse-tung
Dong Jun
Wang Huning
Zhao Leji
Pan Gongsheng
Yi Gang
Tsai Ing-wen
Lai Ching-te|William Lai
Ma Ying-jeou
John Lee|John Lee Ka-chiu
Carrie Lam
Jimmy Lai
Kim Jong Un|Kim Jong-un
Kim Jong Il|Kim Jong-il
Kim Il Sung|Kim Il-sung
Kim Yo Jong|Kim Yo-jong
Yoon Suk Yeol|Yoon Suk-yeol
Moon Jae-in
Lee Jae-myung
Fumio Kishida
Shinzo Abe
Yoshihide Suga
Shigeru Ishiba
Sanae Takaichi
Emperor Naruhito|Naruhito
Haruhiko Kuroda
Kazuo Ueda
Narendra Modi
Rahul Gandhi
Sonia Gandhi
Manmohan Singh
Subrahmanyam Jaishankar|S. Jaishankar
Amit Shah
Rajnath Singh
Nirmala Sitharaman
Arvind Kejriwal
Droupadi Murmu
Imran Khan
Shehbaz Sharif
Nawaz Sharif
Asif Ali Zardari
Bilawal Bhutto Zardari
Asim Munir
Sheikh Hasina
Muhammad Yunus
Ashraf Ghani
Hamid Karzai
Hibatullah Akhundzada
Zabihullah Mujahid
Aung San Suu Kyi|Suu Kyi
Min Aung Hlaing
Joko Widodo|Jokowi
Prabowo Subianto|Prabowo
Anwar Ibrahim
Mahathir Mohamad
Lee Hsien Loong
Lawrence Wong
Ferdinand Marcos Jr.|Bongbong Marcos
Rodrigo Duterte
Sara Duterte
Prayut Chan-o-cha|Prayuth Chan-ocha
Srettha Thavisin
Paetongtarn Shinawatra
Thaksin Shinawatra
Hun Sen
Hun Manet
To Lam
Nguyen Phu Trong
Anthony Albanese
Scott Morrison
Malcolm Turnbull
Penny Wong
Richard Marles
Peter Dutton
Jacinda Ardern
Chris Hipkins
Christopher Luxon
# Americas
Justin Trudeau
Chrystia Freeland
Melanie Joly|Mélanie Joly
Pierre Poilievre
Stephen Harper
Andres Manuel Lopez Obrador|Andrés Manuel López Obrador|AMLO|Lopez Obrador|López Obrador
Claudia Sheinbaum
Luiz Inacio Lula da Silva|Luiz Inácio Lula da Silva|Lula da Silva|Lula
Jair Bolsonaro
Dilma Rousseff
Javier Milei
Alberto Fernandez|Alberto Fernández
Cristina Fernandez de Kirchner|Cristina Fernández de Kirchner|Cristina Kirchner
Mauricio Macri
Nicolas Maduro|Nicolás Maduro
Hugo Chavez|Hugo Chávez
Juan Guaido|Juan Guaidó
Edmundo Gonzalez|Edmundo González
Maria Corina Machado|María Corina Machado
Gustavo Petro
Ivan Duque|Iván Duque
Gabriel Boric
Sebastian Pinera|Sebastián Piñera
Dina Boluarte
Pedro Castillo
Daniel Noboa
Luis Arce
Evo Morales
Nayib Bukele
Daniel Ortega
Miguel Diaz-Canel|Miguel Díaz-Canel
Fidel Castro
Raul Castro|Raúl Castro
Bernardo Arevalo|Bernardo Arévalo
Xiomara Castro
# Africa
Cyril Ramaphosa
Jacob Zuma
Thabo Mbeki
Nelson Mandela
Bola Tinubu|Bola Ahmed Tinubu
Muhammadu Buhari
Goodluck Jonathan
William Ruto
Uhuru Kenyatta
Raila Odinga
Yoweri Museveni
Paul Kagame
Abiy Ahmed
Isaias Afwerki
Samia Suluhu Hassan
Emmerson Mnangagwa
Robert Mugabe
Hakainde Hichilema
Felix Tshisekedi|Félix Tshisekedi
Macky Sall
Bassirou Diomaye Faye
Alassane Ouattara
Nana Akufo-Addo
John Mahama
Abdelmadjid Tebboune
Kais Saied|Kaïs Saïed
Mohammed VI|King Mohammed VI
Abdel Fattah al-Burhan
Mohamed Hamdan Dagalo|Hemedti
Assimi Goita|Assimi Goïta
Ibrahim Traore|Ibrahim Traoré
# International organisations
Antonio Guterres|António Guterres
Ban Ki-moon
Kofi Annan
Boutros Boutros-Ghali
Tedros Adhanom Ghebreyesus|Tedros Adhanom|Dr Tedros
Kristalina Georgieva
Ngozi Okonjo-Iweala
David Malpass
Ajay Banga
Rafael Grossi|Rafael Mariano Grossi
Filippo Grandi
Volker Turk|Volker Türk
Michelle Bachelet
Karim Khan
Martin Griffiths
Tom Fletcher
Fatih Birol
Mathias Cormann
Haitham al-Ghais
Thomas Bach
Gianni Infantino
Aleksander Ceferin
Sepp Blatter
Michel Platini
Klaus Schwab
Greta Thunberg
# Business and technology
Elon Musk
Jeff Bezos
Andy Jassy
Bill Gates
Mark Zuckerberg
Tim Cook
Steve Jobs
Sundar Pichai
Satya Nadella
Sam Altman
Jensen Huang
Lisa Su
Warren Buffett
Jamie Dimon
Larry Fink
Jack Ma
Masayoshi Son
Mukesh Ambani
Gautam Adani
Ratan Tata
Bernard Arnault
Rupert Murdoch
George Soros
Michael Bloomberg
Peter Thiel
Sergey Brin
Larry Page
Jack Dorsey
Linda Yaccarino
Mary Barra
Oleg Deripaska
Roman Abramovich
Alisher Usmanov
Vladimir Potanin
Igor Sechin
Alexei Miller
Herman Gref
Sam Bankman-Fried
Changpeng Zhao|CZ
Zhang Yiming
Pony Ma|Ma Huateng
Ren Zhengfei
Lee Jae-yong|Jay Y. Lee
"""

EVENTS = """
World War II|Second World War|WWII|World War Two
World War I|First World War|WWI|World War One
Cold War
Russian invasion of Ukraine|war in Ukraine|Russia-Ukraine war
Euromaidan|Maidan|Revolution of Dignity
Arab Spring
Brexit
COVID-19 pandemic|Covid-19 pandemic|coronavirus pandemic|COVID pandemic
Holocaust
Olympic Games|Olympics
Summer Olympics
Winter Olympics
Paralympic Games|Paralympics
FIFA World Cup|World Cup
UEFA European Championship|Euro 2024|Euro 2020|Euro 2016
Super Bowl
World Series
Stanley Cup
NBA Finals
Wimbledon|Wimbledon Championships
US Open|U.S. Open
French Open|Roland Garros|Roland-Garros
Australian Open
Tour de France
Ryder Cup
The Masters|Masters Tournament
Davis Cup
Cricket World Cup
Rugby World Cup
Commonwealth Games
Munich Security Conference
COP26
COP27
COP28
COP29
UN Climate Change Conference
G20 summit
G7 summit
NATO summit
Eurovision Song Contest|Eurovision
Oscars|Academy Awards
Golden Globes|Golden Globe Awards
Grammy Awards|Grammys
Cannes Film Festival
Nobel Peace Prize
Nobel Prize
September 11 attacks|9/11|Sept. 11 attacks
Minsk agreements|Minsk accords
Good Friday Agreement
Paris Agreement|Paris climate agreement|Paris climate accord
Iran nuclear deal|JCPOA|Joint Comprehensive Plan of Action
Iraq War
Gulf War
Vietnam War
Korean War
Yom Kippur War
Six-Day War
Syrian civil war
Gaza war
Great Depression
Global financial crisis|2008 financial crisis
Chernobyl disaster
Fukushima disaster|Fukushima nuclear disaster
January 6 attack|Jan. 6 attack|Capitol riot
Watergate|Watergate scandal
Black Lives Matter|BLM
MeToo|#MeToo|Me Too movement
Thanksgiving
Christmas
Easter
Ramadan
Eid al-Fitr
Eid al-Adha
Hanukkah
Passover
Yom Kippur
Diwali
Lunar New Year|Chinese New Year
"""

# Widely reported companies (curated first; the index lists of
# pytickersymbols add the rest). Brand names as aliases.
MAJOR_COMPANIES = """
Apple|Apple Inc.
Microsoft|Microsoft Corp.|Microsoft Corporation
Alphabet|Alphabet Inc.
Google
Amazon|Amazon.com|Amazon.com Inc.
Meta Platforms|Meta|Facebook|Facebook Inc.
Instagram
WhatsApp
Tesla|Tesla Inc.|Tesla Motors
SpaceX
X Corp.|Twitter|Twitter Inc.
xAI
OpenAI
Anthropic
Nvidia|NVIDIA|Nvidia Corp.
Intel|Intel Corp.
AMD|Advanced Micro Devices
IBM|International Business Machines
Oracle|Oracle Corp.
Salesforce
Netflix
Uber|Uber Technologies
Airbnb
Spotify
Samsung|Samsung Electronics
SK Hynix
LG Electronics
Hyundai|Hyundai Motor
Kia
Sony|Sony Group
Toyota|Toyota Motor
Honda|Honda Motor
Nissan|Nissan Motor
SoftBank|SoftBank Group
Huawei|Huawei Technologies
ZTE
Xiaomi
Lenovo
Alibaba|Alibaba Group
Tencent|Tencent Holdings
ByteDance
TikTok
Baidu
JD.com
BYD
CATL|Contemporary Amperex Technology
TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor
Foxconn|Hon Hai
Tata Group|Tata
Reliance Industries|Reliance
Infosys
Wipro
Adani Group
Volkswagen|VW|Volkswagen AG
BMW
Mercedes-Benz|Daimler|Mercedes
Porsche
Siemens
Bosch|Robert Bosch
SAP
Deutsche Bank
Lufthansa|Deutsche Lufthansa
Airbus
Boeing
Lockheed Martin
Raytheon|RTX
Northrop Grumman
General Dynamics
BAE Systems
Rheinmetall
Thales
Leonardo|Leonardo S.p.A.
Dassault Aviation
Saab
Stellantis|Fiat Chrysler|FCA
Renault
Peugeot
Ford|Ford Motor|Ford Motor Company
General Motors|GM
Chrysler
Exxon Mobil|ExxonMobil|Exxon
Chevron
Shell|Royal Dutch Shell
BP|British Petroleum
TotalEnergies|Total
Eni
Equinor|Statoil
Saudi Aramco
Petrobras
Pemex
PetroChina
Sinopec
CNOOC
Glencore
Rio Tinto
BHP|BHP Billiton
Vale
ArcelorMittal
JPMorgan Chase|JPMorgan|JP Morgan|J.P. Morgan
Goldman Sachs
Morgan Stanley
Bank of America|BofA
Citigroup|Citi|Citibank
Wells Fargo
BlackRock
Berkshire Hathaway
HSBC
Barclays
UBS
Credit Suisse
BNP Paribas
Societe Generale|Société Générale
Santander|Banco Santander
Commerzbank
ING|ING Group
Visa
Mastercard
PayPal
Walmart|Wal-Mart
Target Corporation
Costco
McDonald's
Starbucks
Coca-Cola|Coca-Cola Company|Coke
PepsiCo|Pepsi
Nestle|Nestlé
Unilever
Procter & Gamble|P&G
Johnson & Johnson|J&J
Pfizer
Moderna
BioNTech
AstraZeneca
Novartis
Roche
Sanofi
GlaxoSmithKline|GSK
Merck
Novo Nordisk
Eli Lilly|Lilly
Bayer
Walt Disney|Disney|Walt Disney Company
Warner Bros. Discovery|Warner Bros.
Paramount|Paramount Global
Comcast
AT&T
Verizon
T-Mobile
Vodafone
Deutsche Telekom
Nokia
Ericsson
Qualcomm
Broadcom
Cisco|Cisco Systems
Dell|Dell Technologies
HP|Hewlett-Packard
ASML
Arm Holdings|Arm
Micron|Micron Technology
Palantir|Palantir Technologies
FedEx
UPS|United Parcel Service
Maersk|A.P. Moller-Maersk
DHL
Emirates airline
Qatar Airways
Air France-KLM|Air France
British Airways
Ryanair
easyJet|EasyJet
Delta Air Lines
United Airlines
American Airlines
Southwest Airlines
IKEA
Zara|Inditex
H&M
LVMH
Gucci
Nike
Adidas
Puma
Louis Vuitton
Chanel
Hermes|Hermès
Rolex
FTX
Binance
Coinbase
Nasdaq
New York Stock Exchange|NYSE
London Stock Exchange|LSE
Moscow Exchange
Deutsche Boerse|Deutsche Börse
"""

PEOPLE_US = """
# U.S. senators (2015-2025)
Tommy Tuberville
Katie Britt
Richard Shelby
Doug Jones
Lisa Murkowski
Dan Sullivan
Mark Kelly
Kyrsten Sinema
Ruben Gallego
Jeff Flake
Martha McSally
Dianne Feinstein
Alex Padilla
Laphonza Butler
Adam Schiff
Barbara Boxer
Michael Bennet
John Hickenlooper
Cory Gardner
Richard Blumenthal
Chris Murphy
Tom Carper
Chris Coons
Lisa Blunt Rochester
Rick Scott
Ashley Moody
Jon Ossoff
Raphael Warnock
Kelly Loeffler
David Perdue
Johnny Isakson
Brian Schatz
Mazie Hirono
Mike Crapo
Jim Risch
Dick Durbin
Tammy Duckworth
Todd Young
Mike Braun
Jim Banks
Joni Ernst
Chuck Grassley
Jerry Moran
Roger Marshall
Pat Roberts
Rand Paul
Bill Cassidy
John Kennedy
Susan Collins
Angus King
Ben Cardin
Chris Van Hollen
Angela Alsobrooks
Ed Markey
Debbie Stabenow
Gary Peters
Elissa Slotkin
Amy Klobuchar
Tina Smith
Al Franken
Roger Wicker
Cindy Hyde-Smith
Josh Hawley
Eric Schmitt
Roy Blunt
Jon Tester
Steve Daines
Tim Sheehy
Deb Fischer
Pete Ricketts
Ben Sasse
Catherine Cortez Masto
Jacky Rosen
Harry Reid
Jeanne Shaheen
Maggie Hassan
Cory Booker
Bob Menendez
Andy Kim
Martin Heinrich
Ben Ray Lujan|Ben Ray Luján
Kirsten Gillibrand
Thom Tillis
Richard Burr
Ted Budd
Kevin Cramer
John Hoeven
Heidi Heitkamp
Sherrod Brown
Rob Portman
JD Vance
Bernie Moreno
Jim Inhofe
James Lankford
Markwayne Mullin
Ron Wyden
Jeff Merkley
Bob Casey|Bob Casey Jr.
John Fetterman
Dave McCormick
Pat Toomey
Jack Reed
Sheldon Whitehouse
Tim Scott
Marsha Blackburn
Bill Hagerty
Lamar Alexander
John Cornyn
Mike Lee
Patrick Leahy
Peter Welch
Mark Warner
Tim Kaine
Patty Murray
Maria Cantwell
Joe Manchin
Shelley Moore Capito
Jim Justice
Ron Johnson
Tammy Baldwin
John Barrasso
Cynthia Lummis
Mike Enzi
John Thune
Mike Rounds
Orrin Hatch
Claire McCaskill
Joe Donnelly
Bill Nelson
Jim Jordan
Kevin Brady
Paul Ryan
John Boehner
Steny Hoyer
Jim Clyburn
Steve Scalise
Elise Stefanik
Matt Gaetz
Lauren Boebert
George Santos
Ayanna Pressley
Rashida Tlaib
Jamie Raskin
Devin Nunes
Kevin McCarthy
Mike Johnson
# Governors (2015-2025)
Kay Ivey
Mike Dunleavy
Katie Hobbs
Doug Ducey
Sarah Huckabee Sanders
Asa Hutchinson
Jerry Brown
Jared Polis
Ned Lamont
Ron DeSantis
Brian Kemp
Josh Green
Brad Little
J.B. Pritzker|JB Pritzker
Bruce Rauner
Eric Holcomb
Kim Reynolds
Laura Kelly
Andy Beshear
Matt Bevin
John Bel Edwards
Jeff Landry
Janet Mills
Paul LePage
Wes Moore
Larry Hogan
Maura Healey
Charlie Baker
Gretchen Whitmer
Tim Walz
Tate Reeves
Mike Parson
Greg Gianforte
Jim Pillen
Joe Lombardo
Steve Sisolak
Chris Sununu
Phil Murphy
Michelle Lujan Grisham
Kathy Hochul
Andrew Cuomo
Roy Cooper
Josh Stein
Doug Burgum
Mike DeWine
John Kasich
Kevin Stitt
Tina Kotek
Kate Brown
Josh Shapiro
Tom Wolf
Dan McKee
Henry McMaster
Kristi Noem
Bill Lee
Greg Abbott
Rick Perry
Spencer Cox
Phil Scott
Glenn Youngkin
Ralph Northam
Terry McAuliffe
Jay Inslee
Bob Ferguson
Jim Justice
Tony Evers
Scott Walker
Mark Gordon
Scott Walker
Arnold Schwarzenegger
Sarah Palin
Eric Adams
Bill de Blasio
Michael Bloomberg
Zohran Mamdani
Rudy Giuliani
Lori Lightfoot
Brandon Johnson
Karen Bass
Eric Garcetti
London Breed
# Cabinet and officials (2009-2025)
Hillary Clinton
Timothy Geithner|Tim Geithner
Jack Lew
Eric Holder
Loretta Lynch
Jeff Sessions
William Barr|Bill Barr
Robert Gates
Leon Panetta
Chuck Hagel
Ash Carter|Ashton Carter
Susan Rice
Samantha Power
Nikki Haley
Kelly Craft
Ben Carson
Betsy DeVos
Wilbur Ross
Steven Mnuchin
Kirstjen Nielsen
John Kelly
Mick Mulvaney
Mark Meadows
Reince Priebus
Sean Spicer
Sarah Sanders
Kayleigh McEnany
Kellyanne Conway
Stephen Miller
Hope Hicks
Anthony Scaramucci
Michael Flynn
H.R. McMaster|H. R. McMaster
Robert O'Brien
Dan Coats
John Ratcliffe
Gina Haspel
James Comey
Andrew McCabe
Rod Rosenstein
Peter Navarro
Larry Kudlow
Gary Cohn
Robert Lighthizer
Katherine Tai
Tom Vilsack
Deb Haaland
Jennifer Granholm
Xavier Becerra
Marty Walsh
Julie Su
Miguel Cardona
Denis McDonough
Marcia Fudge
Isabel Guzman
Michael Regan
Ron Klain
Jeff Zients
Cecilia Rouse
Lael Brainard
Brian Deese
Mike Gallagher
Susie Wiles
Karoline Leavitt
Pam Bondi
Kristi Noem
Doug Burgum
Chris Wright
Linda McMahon
Lee Zeldin
Sean Duffy
Brooke Rollins
Scott Turner
Lori Chavez-DeRemer
Doug Collins
Russell Vought
Jamieson Greer
Elise Stefanik
Steve Witkoff
Keith Kellogg
Dan Bongino
Elbridge Colby
Mehmet Oz|Dr. Oz
Stephen Breyer
Ruth Bader Ginsburg
Antonin Scalia
John Roberts
Clarence Thomas
Samuel Alito
Sonia Sotomayor
Elena Kagan
Neil Gorsuch
Brett Kavanaugh
Amy Coney Barrett
Ketanji Brown Jackson
Anthony Kennedy
Merrick Garland
Jack Smith
Alvin Bragg
Fani Willis
Letitia James
Janet Napolitano
Jeh Johnson
John Brennan
James Clapper
David Petraeus
Stanley McChrystal
Michael Mullen|Mike Mullen
Joseph Dunford
Charles Q. Brown|CQ Brown
Dan Caine
Dana Bash
Tucker Carlson
Sean Hannity
Rachel Maddow
Anderson Cooper
Jake Tapper
Oprah Winfrey
Taylor Swift
Beyonce|Beyoncé
Kanye West
Kim Kardashian
Joe Rogan
Alex Jones
Jeffrey Epstein
Ghislaine Maxwell
Harvey Weinstein
Bill Cosby
Michael Cohen
Paul Manafort
Roger Stone
George Floyd
Derek Chauvin
Kyle Rittenhouse
Edward Snowden
Julian Assange
Chelsea Manning
# Candidates 2015-2024
Jeb Bush
Ben Carson
Carly Fiorina
John Kasich
Martin O'Malley
Pete Buttigieg
Amy Klobuchar
Andrew Yang
Beto O'Rourke
Tulsi Gabbard
Kamala Harris
Cory Booker
Julian Castro|Julián Castro
Kirsten Gillibrand
Jay Inslee
Michael Bennet
Tom Steyer
Marianne Williamson
Dean Phillips
Asa Hutchinson
Doug Burgum
Tim Scott
Mike Pence
Vivek Ramaswamy
Chris Christie
Robert F. Kennedy Jr.
Jill Stein
Gary Johnson
Evan McMullin
Howard Schultz
Tim Kaine
Paul Ryan
Mitt Romney
"""

PEOPLE_WORLD = """
# Former and recent leaders (1990-2025)
Boris Yeltsin
Viktor Chernomyrdin
Yevgeny Primakov
Sergei Kiriyenko|Sergei Kiriyenko
Alexander Lebed
Gennady Zyuganov
Vladimir Zhirinovsky
Grigory Yavlinsky
Eduard Shevardnadze
Mikheil Saakashvili
Leonid Kravchuk
Leonid Kuchma
Viktor Yushchenko
Nursultan Nazarbayev
Kassym-Jomart Tokayev
Shavkat Mirziyoyev
Islam Karimov
Emomali Rahmon
Serdar Berdimuhamedow
Gurbanguly Berdimuhamedow
Sadyr Japarov
Heydar Aliyev
Serzh Sargsyan
Robert Kocharyan
Vaclav Havel|Václav Havel
Lech Walesa|Lech Wałęsa
Aleksander Kwasniewski|Aleksander Kwaśniewski
Slobodan Milosevic|Slobodan Milošević
Franjo Tudjman|Franjo Tuđman
Alija Izetbegovic|Alija Izetbegović
Radovan Karadzic|Radovan Karadžić
Ratko Mladic|Ratko Mladić
Milo Djukanovic|Milo Đukanović
Zoran Djindjic|Zoran Đinđić
John Major
Margaret Thatcher
Helmut Schmidt
Francois Mitterrand|François Mitterrand
Lionel Jospin
Alain Juppe|Alain Juppé
Dominique de Villepin
Jean-Marc Ayrault
Manuel Valls
Romano Prodi
Massimo D'Alema
Mario Monti
Enrico Letta
Paolo Gentiloni
Giorgio Napolitano
Jose Maria Aznar|José María Aznar
Jose Luis Rodriguez Zapatero|José Luis Rodríguez Zapatero
Felipe Gonzalez|Felipe González
King Felipe VI|Felipe VI
King Juan Carlos|Juan Carlos I
Antonio Guterres
Wim Kok
Jan Peter Balkenende
Guy Verhofstadt
Jean-Luc Dehaene
Jose Manuel Barroso|José Manuel Barroso
Jacques Santer
Jacques Delors
Romano Prodi
Herman Van Rompuy
Donald Tusk
Federica Mogherini
Catherine Ashton
Javier Solana
Anders Fogh Rasmussen
Jaap de Hoop Scheffer
Willy Claes
George Robertson
Kofi Annan
Andreas Papandreou
Costas Simitis
Kostas Karamanlis
George Papandreou
Antonis Samaras
Yanis Varoufakis
Bertie Ahern
Enda Kenny
Gerry Adams
Ian Paisley
David Trimble
John Hume
Martin McGuinness
Tansu Ciller|Tansu Çiller
Necmettin Erbakan
Suleyman Demirel|Süleyman Demirel
Bulent Ecevit|Bülent Ecevit
Abdullah Gul|Abdullah Gül
Ahmet Davutoglu|Ahmet Davutoğlu
Binali Yildirim|Binali Yıldırım
Kemal Kilicdaroglu|Kemal Kılıçdaroğlu
Ekrem Imamoglu|Ekrem İmamoğlu
Yitzhak Rabin
Shimon Peres
Ehud Barak
Ariel Sharon
Ehud Olmert
Avigdor Lieberman
Hafez al-Assad
King Hussein
Yasser Arafat
Hosni Mubarak
Mohamed ElBaradei
Boutros Boutros-Ghali
Moammar Gadhafi
Omar al-Bashir
Ali Abdullah Saleh
Abd-Rabbu Mansour Hadi
Akbar Hashemi Rafsanjani
Mohammad Khatami
Ruhollah Khomeini|Ayatollah Khomeini
Nouri al-Maliki
Haider al-Abadi
Mustafa al-Kadhimi
Masoud Barzani
Jalal Talabani
Nechirvan Barzani
Moqtada al-Sadr
Abdullah Ocalan|Abdullah Öcalan
Mullah Omar
Pervez Musharraf
Benazir Bhutto
Atal Bihari Vajpayee
Narasimha Rao|P.V. Narasimha Rao
Lal Krishna Advani|L.K. Advani
Zhu Rongji
Li Peng
Wen Jiabao
Jiang Zemin
Hu Jintao
Chen Shui-bian
Lee Teng-hui
Tung Chee-hwa
Chris Patten
Kim Dae-jung
Kim Young-sam
Roh Moo-hyun
Lee Myung-bak
Park Geun-hye
Ryutaro Hashimoto
Junichiro Koizumi
Naoto Kan
Yoshihiko Noda
Yukio Hatoyama
Taro Aso
Suharto
B.J. Habibie
Susilo Bambang Yudhoyono
Megawati Sukarnoputri
Mahathir Mohamad
Najib Razak
Lee Kuan Yew
Goh Chok Tong
Joseph Estrada
Gloria Macapagal Arroyo
Benigno Aquino III|Noynoy Aquino
Corazon Aquino
Fidel Ramos
Paul Keating
John Howard
Kevin Rudd
Julia Gillard
Tony Abbott
Jim Bolger
Helen Clark
John Key
Jean Chretien|Jean Chrétien
Paul Martin
Brian Mulroney
Carlos Menem
Nestor Kirchner|Néstor Kirchner
Fernando Henrique Cardoso
Michel Temer
Ernesto Zedillo
Vicente Fox
Felipe Calderon|Felipe Calderón
Enrique Pena Nieto|Enrique Peña Nieto
Alvaro Uribe|Álvaro Uribe
Juan Manuel Santos
Alberto Fujimori
Ollanta Humala
Michelle Bachelet
Rafael Correa
Lenin Moreno|Lenín Moreno
Guillermo Lasso
Manuel Zelaya
Jean-Bertrand Aristide
Jovenel Moise|Jovenel Moïse
Ariel Henry
F.W. de Klerk|F. W. de Klerk
Mangosuthu Buthelezi
Desmond Tutu
Sani Abacha
Olusegun Obasanjo
Umaru Musa Yar'Adua
Daniel arap Moi
Mwai Kibaki
Laurent Kabila
Joseph Kabila
Mobutu Sese Seko|Mobutu
Jerry Rawlings
John Kufuor
Ellen Johnson Sirleaf
George Weah
Charles Taylor
Meles Zenawi
Hailemariam Desalegn
Omar Guelleh
Abdelaziz Bouteflika
Zine El Abidine Ben Ali
King Hassan II|Hassan II
# Royals
King Willem-Alexander|Willem-Alexander
King Philippe
Queen Margrethe II|Queen Margrethe
King Frederik X|Frederik X
King Harald V
King Carl XVI Gustaf|Carl XVI Gustaf
Prince Charles
Princess Diana|Diana, Princess of Wales|Princess of Wales Diana
Kate Middleton|Catherine, Princess of Wales
Meghan Markle|Meghan, Duchess of Sussex
Prince Andrew
King Abdullah|King Abdullah of Saudi Arabia
Emperor Akihito|Akihito
Dalai Lama
Pope John Paul II|John Paul II
# Sport
Lionel Messi
Cristiano Ronaldo
Neymar
Kylian Mbappe|Kylian Mbappé
Erling Haaland
Mohamed Salah
Harry Kane
Robert Lewandowski
Zinedine Zidane
David Beckham
Wayne Rooney
Diego Maradona
Pele|Pelé
Ronaldinho
Johan Cruyff
Franz Beckenbauer
Jurgen Klopp|Jürgen Klopp
Pep Guardiola
Jose Mourinho|José Mourinho
Carlo Ancelotti
Alex Ferguson|Sir Alex Ferguson
Arsene Wenger|Arsène Wenger
Mikel Arteta
Gareth Southgate
Thomas Tuchel
Roger Federer
Rafael Nadal
Novak Djokovic|Novak Đoković
Andy Murray
Carlos Alcaraz
Jannik Sinner
Daniil Medvedev
Serena Williams
Venus Williams
Maria Sharapova
Naomi Osaka
Iga Swiatek|Iga Świątek
Aryna Sabalenka
Coco Gauff
Pete Sampras
Andre Agassi
Steffi Graf
Monica Seles
Boris Becker
Martina Hingis
Martina Navratilova
LeBron James
Michael Jordan
Kobe Bryant
Stephen Curry
Kevin Durant
Giannis Antetokounmpo
Shaquille O'Neal
Tom Brady
Patrick Mahomes
Peyton Manning
Colin Kaepernick
Aaron Rodgers
Travis Kelce
Tiger Woods
Rory McIlroy
Scottie Scheffler
Phil Mickelson
Jack Nicklaus
Lewis Hamilton
Max Verstappen
Michael Schumacher
Sebastian Vettel
Fernando Alonso
Usain Bolt
Simone Biles
Michael Phelps
Lance Armstrong
Tadej Pogacar|Tadej Pogačar
Sachin Tendulkar
Virat Kohli
Shane Warne
Muhammad Ali
Mike Tyson
Floyd Mayweather|Floyd Mayweather Jr.
Manny Pacquiao
Wladimir Klitschko
Oleksandr Usyk
Shohei Ohtani
Aaron Judge
Wayne Gretzky
Alexander Ovechkin|Alex Ovechkin
Sidney Crosby
Connor McDavid
"""

ORG_BLOCKS = [
    ("ORG", "org", ORGS_INTERNATIONAL),
    ("ORG", "org", ORGS_GOVERNMENT),
    ("ORG", "org", ORGS_MEDIA),
    ("ORG", "org", ORGS_MORE),
]
SPORTS_BLOCKS = [
    ("ORG", "org", SPORTS_LEAGUES),
    ("ORG", "org", SPORTS_CLUBS),
]
PEOPLE_BLOCKS = [("PERSON", "per", PEOPLE), ("PERSON", "per", PEOPLE_US), ("PERSON", "per", PEOPLE_WORLD)]
EVENT_BLOCKS = [("EVENT", "event", EVENTS)]

